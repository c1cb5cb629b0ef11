// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title ModuleRegistry
/// @notice Maps a module's key (a public key or address, as bytes) to the CID of its metadata
/// document in IPFS, as the registry spec's runtime calls do, with one addition: the account that
/// registers a key owns it, and only that account may update, remove or transfer it.
contract ModuleRegistry {
    struct Entry {
        bytes cid;
        address owner;
    }

    /// keccak256(key) => entry. A key is at most 64 bytes; hashing it keeps storage slots fixed.
    mapping(bytes32 => Entry) private entries;

    /// The number of modules registered and not removed.
    uint256 public moduleCount;

    event ModuleRegistered(bytes32 indexed keyHash, bytes key, bytes cid, address indexed owner);
    event ModuleUpdated(bytes32 indexed keyHash, bytes key, bytes cid, address indexed owner);
    event ModuleRemoved(bytes32 indexed keyHash, bytes key, address indexed owner);
    event ModuleTransferred(bytes32 indexed keyHash, bytes key, address indexed from, address indexed to);

    /// A key must be 20 (Ethereum address), 32 (Ed25519) or 64 (secp256k1 public key) bytes.
    error KeyLength(uint256 length);
    /// A CID is 1 to 128 bytes of text.
    error CidLength(uint256 length);
    /// CIDs in text are ASCII letters and digits (base58btc, base32, base36).
    error CidCharacter(uint256 position);
    error AlreadyExists(bytes key);
    error NotFound(bytes key);
    error NotOwner(bytes key, address owner);
    error ZeroAddress();

    function registerModule(bytes calldata key, bytes calldata cid) external {
        _checkKey(key);
        _checkCid(cid);
        bytes32 keyHash = keccak256(key);
        Entry storage entry = entries[keyHash];
        if (entry.owner != address(0)) revert AlreadyExists(key);
        entry.cid = cid;
        entry.owner = msg.sender;
        moduleCount += 1;
        emit ModuleRegistered(keyHash, key, cid, msg.sender);
    }

    function updateModule(bytes calldata key, bytes calldata cid) external {
        _checkCid(cid);
        (bytes32 keyHash, Entry storage entry) = _owned(key);
        entry.cid = cid;
        emit ModuleUpdated(keyHash, key, cid, msg.sender);
    }

    function removeModule(bytes calldata key) external {
        (bytes32 keyHash, ) = _owned(key);
        delete entries[keyHash];
        moduleCount -= 1;
        emit ModuleRemoved(keyHash, key, msg.sender);
    }

    function transferModule(bytes calldata key, address newOwner) external {
        if (newOwner == address(0)) revert ZeroAddress();
        (bytes32 keyHash, Entry storage entry) = _owned(key);
        entry.owner = newOwner;
        emit ModuleTransferred(keyHash, key, msg.sender, newOwner);
    }

    function getModule(bytes calldata key) external view returns (bytes memory cid, address owner) {
        Entry storage entry = entries[keccak256(key)];
        if (entry.owner == address(0)) revert NotFound(key);
        return (entry.cid, entry.owner);
    }

    function _owned(bytes calldata key) private view returns (bytes32 keyHash, Entry storage entry) {
        keyHash = keccak256(key);
        entry = entries[keyHash];
        if (entry.owner == address(0)) revert NotFound(key);
        if (entry.owner != msg.sender) revert NotOwner(key, entry.owner);
    }

    function _checkKey(bytes calldata key) private pure {
        if (key.length != 20 && key.length != 32 && key.length != 64) revert KeyLength(key.length);
    }

    function _checkCid(bytes calldata cid) private pure {
        if (cid.length == 0 || cid.length > 128) revert CidLength(cid.length);
        for (uint256 i = 0; i < cid.length; ++i) {
            bytes1 c = cid[i];
            bool digit = c >= "0" && c <= "9";
            bool upper = c >= "A" && c <= "Z";
            bool lower = c >= "a" && c <= "z";
            if (!digit && !upper && !lower) revert CidCharacter(i);
        }
    }
}
