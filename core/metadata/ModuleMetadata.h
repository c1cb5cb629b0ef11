#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>

namespace modreg {

// The registry key a document names, as the chain stores it (docs/architecture.md, "Registry keys").
struct ModuleKey
{
    enum class Type
    {
        Ed25519,         // 32-byte public key (Substrate, Solana)
        EthereumAddress, // 20 bytes
        Secp256k1        // 64-byte uncompressed public key without prefix
    };
    Type type = Type::Ed25519;
    QByteArray bytes;

    static QString typeName(Type type); // "ed25519", "ethereum-address", "secp256k1"
    static std::optional<Type> typeNamed(const QString& name);
    static std::optional<Type> typeForLength(qsizetype bytes); // what the registry reads a key as
    static qsizetype lengthOf(Type type);
    // The registry key of this type that a signing public key (ed25519: 32 bytes, secp256k1: 64) has.
    static ModuleKey of(Type type, const QByteArray& publicKey);
    bool operator==(const ModuleKey&) const = default;
};

// The signature block: by the module key, over the canonical JSON of the document without it.
// ed25519: the 64-byte signature of those bytes. secp256k1: EIP-191 personal_sign of those bytes
// (65 bytes, v 27/28), the form every Ethereum wallet makes and ethers.verifyMessage checks.
struct ModuleSignature
{
    enum class Type
    {
        Ed25519,
        Secp256k1
    };
    Type type = Type::Ed25519;
    QByteArray publicKey; // 32 or 64 bytes: the key that signed
    QByteArray sig;
    bool operator==(const ModuleSignature&) const = default;
};

// A module's metadata document (README "The metadata document"): the registry spec's fields plus
// description, tags, license, repository, created, the module key and its signature. It goes to
// IPFS as its canonical JSON, so the same document always has the same CID.
struct ModuleMetadata
{
    QString name;
    QString version;
    QString author;
    QString description;
    QString cid; // the content: code or a resource blob
    QString entrypoint;
    nlohmann::json args = nlohmann::json::object();
    nlohmann::json custom = nlohmann::json::object();
    QStringList tags;
    QString license;
    QString repository;
    QString created; // RFC 3339, UTC: "2026-11-21T20:11:16Z"
    std::optional<ModuleKey> key;
    std::optional<ModuleSignature> signature;

    // Empty optional fields are left out; `signature` only when `withSignature`.
    nlohmann::json toJson(bool withSignature = true) const;
    // From a document MetadataValidator::check passed (fields it does not know are ignored).
    static ModuleMetadata fromJson(const nlohmann::json& document);

    QByteArray signingBytes() const { return canonical(false); } // what the signature covers
    QByteArray documentBytes() const { return canonical(true); } // what goes to IPFS
    bool operator==(const ModuleMetadata&) const = default;

private:
    QByteArray canonical(bool withSignature) const;
};

} // namespace modreg
