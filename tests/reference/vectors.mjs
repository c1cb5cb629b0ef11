// Reference vectors from independent implementations, printed as JSON for Modreg's C++ tests to
// compare byte for byte. Usage: node vectors.mjs <section> [count]
//   bip39      random mnemonics (12/24 words) → entropy, seed (with and without passphrase); official entropies
//   ethereum   BIP44 m/44'/60'/0'/0/i keys, public keys, EIP-55 addresses, EIP-191 signatures (ethers)
//   solana     SLIP-0010 m/44'/501'/i'/0' keys, base58 addresses, keypair JSON (ed25519-hd-key, @solana/web3.js)
//   substrate  ed25519 from mnemonic + derivation paths, SS58 with several prefixes, signatures (@polkadot)
//   cids       CIDs of random blocks in every codec, base and version (multiformats, as js-ipfs uses)
//   hashes     keccak256 / blake2b of random inputs (@polkadot/util-crypto, ethers)
//   rlp        random nested byte-string lists and their RLP (ethers)
//   abi        the registry's calls, results, events and errors, and mixed types (ethers Interface/AbiCoder)
//   transactions  EIP-1559 and EIP-155 transactions signed with random keys (ethers)
//   documents  metadata documents signed as docs/metadata.md says, by @polkadot (ed25519) and ethers
//              (EIP-191) over npm canonicalize's bytes, in shapes Modreg itself never writes
//              (no args or custom, an empty description or tag list)
import * as bip39 from 'bip39';
import { ethers } from 'ethers';
import { derivePath } from 'ed25519-hd-key';
import { Keypair } from '@solana/web3.js';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, encodeAddress, blake2AsU8a, keccakAsU8a, randomAsU8a } from '@polkadot/util-crypto';
import { u8aToHex, stringToU8a } from '@polkadot/util';
import { CID } from 'multiformats/cid';
import { sha256 } from 'multiformats/hashes/sha2';
import { identity } from 'multiformats/hashes/identity';
import { base32 } from 'multiformats/bases/base32';
import { base36 } from 'multiformats/bases/base36';
import { base58btc } from 'multiformats/bases/base58';
import canonicalize from 'canonicalize';

const section = process.argv[2];
const count = Number(process.argv[3] ?? 50);
const hex = (u8a) => Buffer.from(u8a).toString('hex');
const mnemonic = (i) => bip39.generateMnemonic(i % 2 ? 256 : 128);
const message = (i) => `modreg test message ${i} — ünïcode`;

await cryptoWaitReady();
const out = [];

if (section === 'bip39') {
  for (let i = 0; i < count; i++) {
    const m = mnemonic(i);
    out.push({ mnemonic: m, entropy: bip39.mnemonicToEntropy(m), seed: hex(bip39.mnemonicToSeedSync(m)),
               passphrase: 'pässwörd', seedWithPassphrase: hex(bip39.mnemonicToSeedSync(m, 'pässwörd')) });
  }
  // The official BIP39 vectors' entropies (Trezor's vectors.json), with passphrase "TREZOR".
  const official = ['00000000000000000000000000000000', '7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f',
    '80808080808080808080808080808080', 'ffffffffffffffffffffffffffffffff',
    '000000000000000000000000000000000000000000000000', '808080808080808080808080808080808080808080808080',
    '0000000000000000000000000000000000000000000000000000000000000000',
    'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
    '9e885d952ad362caeb4efe34a8e91bd2', 'c0ba5a8e914111210f2bd131f3d5e08d',
    'f585c11aec520db57dd353c69554b21a89b20fb0650966fa0a9d6f74fd989d8f'];
  for (const e of official) {
    const m = bip39.entropyToMnemonic(e);
    out.push({ official: true, mnemonic: m, entropy: e, passphrase: 'TREZOR',
               seedWithPassphrase: hex(bip39.mnemonicToSeedSync(m, 'TREZOR')), seed: hex(bip39.mnemonicToSeedSync(m)) });
  }
} else if (section === 'ethereum') {
  for (let i = 0; i < count; i++) {
    const m = mnemonic(i);
    for (const index of [0, 1, 7]) {
      const path = `m/44'/60'/0'/0/${index}`;
      const w = ethers.HDNodeWallet.fromPhrase(m, undefined, path);
      out.push({ mnemonic: m, path, privateKey: w.privateKey.slice(2),
                 publicKey: w.signingKey.publicKey.slice(4), address: w.address,
                 message: message(i), personalSign: w.signMessageSync(message(i)).slice(2) });
    }
    const wp = ethers.HDNodeWallet.fromPhrase(m, 'pässwörd', "m/44'/60'/0'/0/0");
    out.push({ mnemonic: m, passphrase: 'pässwörd', path: "m/44'/60'/0'/0/0", privateKey: wp.privateKey.slice(2),
               publicKey: wp.signingKey.publicKey.slice(4), address: wp.address });
  }
} else if (section === 'solana') {
  for (let i = 0; i < count; i++) {
    const m = mnemonic(i);
    const seed = hex(bip39.mnemonicToSeedSync(m));
    for (const index of [0, 1, 42]) {
      const path = `m/44'/501'/${index}'/0'`;
      const { key } = derivePath(path, seed);
      const kp = Keypair.fromSeed(key);
      out.push({ mnemonic: m, path, secret: hex(key), publicKey: kp.publicKey.toBuffer().toString('hex'),
                 address: kp.publicKey.toBase58(), keypairJson: Array.from(kp.secretKey) });
    }
  }
} else if (section === 'substrate') {
  const paths = ['', '//Alice', '//0//1', '//polkadot//this-junction-name-is-longer-than-thirty-two-bytes',
                 '//0x0a0b0c', '//18446744073709551615', '///secret', '//Alice///pässwörd'];
  const keyring = new Keyring({ type: 'ed25519', ss58Format: 42 });
  for (let i = 0; i < count; i++) {
    const m = mnemonic(i);
    for (const path of paths) {
      const pair = keyring.addFromUri(m + path);
      out.push({ mnemonic: m, path, publicKey: hex(pair.publicKey),
                 ss58: { 42: pair.address, 0: encodeAddress(pair.publicKey, 0), 2: encodeAddress(pair.publicKey, 2),
                         255: encodeAddress(pair.publicKey, 255), 7391: encodeAddress(pair.publicKey, 7391) },
                 message: message(i), signature: hex(pair.sign(stringToU8a(message(i)))) });
    }
  }
} else if (section === 'keyfiles') {
  const password = 'pässwörd 123';
  const keyring = new Keyring({ type: 'ed25519', ss58Format: 42 });
  for (let i = 0; i < count; i++) {
    const w = ethers.Wallet.createRandom();
    out.push({ format: 'ethereum-scrypt', password, json: w.encryptSync(password), privateKey: w.privateKey.slice(2),
               address: w.address });
    // A PBKDF2 V3 keystore, assembled from Node's own crypto (ethers only writes scrypt ones).
    const crypto = await import('node:crypto');
    const salt = crypto.randomBytes(32), iv = crypto.randomBytes(16);
    const dk = crypto.pbkdf2Sync(Buffer.from(password, 'utf8'), salt, 10000, 32, 'sha256');
    const cipher = crypto.createCipheriv('aes-128-ctr', dk.subarray(0, 16), iv);
    const ciphertext = Buffer.concat([cipher.update(Buffer.from(w.privateKey.slice(2), 'hex')), cipher.final()]);
    const mac = ethers.keccak256(Buffer.concat([dk.subarray(16, 32), ciphertext])).slice(2);
    out.push({ format: 'ethereum-pbkdf2', password, privateKey: w.privateKey.slice(2), address: w.address,
               json: JSON.stringify({ version: 3, id: crypto.randomUUID(), address: w.address.slice(2).toLowerCase(),
                 crypto: { cipher: 'aes-128-ctr', cipherparams: { iv: iv.toString('hex') }, ciphertext: ciphertext.toString('hex'),
                           kdf: 'pbkdf2', kdfparams: { c: 10000, dklen: 32, prf: 'hmac-sha256', salt: salt.toString('hex') }, mac } }) });
    const pair = keyring.addFromUri(mnemonic(i), { name: `account ${i}` });
    out.push({ format: 'polkadot', password, json: JSON.stringify(pair.toJson(password)), publicKey: hex(pair.publicKey),
               name: `account ${i}` });
  }
} else if (section === 'cids') {
  const codecs = { raw: 0x55, 'dag-pb': 0x70, 'dag-cbor': 0x71, 'dag-json': 0x0129, 'libp2p-key': 0x72 };
  for (let i = 0; i < count; i++) {
    const block = randomAsU8a(i * 13 % 500);
    const digest = await sha256.digest(block);
    for (const [name, code] of Object.entries(codecs)) {
      const cid = CID.create(1, code, digest);
      out.push({ block: hex(block), codec: name, bytes: hex(cid.bytes), base32: cid.toString(base32),
                 base36: cid.toString(base36), base58btc: cid.toString(base58btc),
                 v0: code === 0x70 ? cid.toV0().toString() : null });
    }
    const small = block.subarray(0, 40);
    const inline = CID.create(1, 0x55, identity.digest(small));
    out.push({ block: hex(small), codec: 'raw', identity: true, bytes: hex(inline.bytes), base32: inline.toString(base32),
               base36: inline.toString(base36), base58btc: inline.toString(base58btc), v0: null });
  }
} else if (section === 'hashes') {
  for (let i = 0; i < count; i++) {
    const data = randomAsU8a(i * 7 % 300);  // crosses Keccak's 136-byte block boundary
    out.push({ data: hex(data), keccak256: hex(keccakAsU8a(data, 256)), keccakEthers: ethers.keccak256(data).slice(2),
               blake2b256: hex(blake2AsU8a(data, 256)), blake2b512: hex(blake2AsU8a(data, 512)) });
  }
} else if (section === 'rlp') {
  const random = (depth, i) => {
    if (depth > 2 || i % 3 === 0) {
      const sizes = [0, 1, 1, 55, 56, 300];
      const b = randomAsU8a(sizes[(i * 7 + depth) % sizes.length]);
      if (b.length === 1 && i % 2) b[0] = i % 0x80; // a single low byte encodes as itself
      return ethers.hexlify(b);
    }
    return Array.from({ length: (i * 5 + depth) % 4 }, (_, k) => random(depth + 1, i + k + 1));
  };
  for (let i = 0; i < count; i++) {
    const structure = random(0, i);
    out.push({ structure, encoded: ethers.encodeRlp(structure).slice(2) });
  }
} else if (section === 'abi') {
  const { readFileSync } = await import('node:fs');
  const artifact = JSON.parse(readFileSync(new URL('../../resources/contracts/ModuleRegistry.json', import.meta.url)));
  const iface = new ethers.Interface(artifact.abi);
  const key = (i) => ethers.hexlify(randomAsU8a([20, 32, 64][i % 3]));
  const cid = (i) => ethers.hexlify(stringToU8a('bafkrei' + 'a'.repeat(i % 100)));
  const address = () => ethers.getAddress(ethers.hexlify(randomAsU8a(20)));
  for (let i = 0; i < count; i++) {
    const k = key(i), c = cid(i), a = address(), b = address();
    const calls = [['registerModule', [k, c]], ['updateModule', [k, c]], ['removeModule', [k]],
                   ['transferModule', [k, a]], ['getModule', [k]], ['moduleCount', []]];
    for (const [name, args] of calls)
      out.push({ kind: 'call', name, args, encoded: iface.encodeFunctionData(name, args).slice(2) });
    out.push({ kind: 'result', name: 'getModule', args: [c, a],
               encoded: iface.encodeFunctionResult('getModule', [c, a]).slice(2) });
    const events = [['ModuleRegistered', [ethers.keccak256(k), k, c, a]], ['ModuleUpdated', [ethers.keccak256(k), k, c, a]],
                    ['ModuleRemoved', [ethers.keccak256(k), k, a]], ['ModuleTransferred', [ethers.keccak256(k), k, a, b]]];
    for (const [name, args] of events) {
      const log = iface.encodeEventLog(name, args);
      out.push({ kind: 'event', name, args, topics: log.topics.map((t) => t.slice(2)), data: log.data.slice(2) });
    }
    const errors = [['KeyLength', [i]], ['CidLength', [129 + i]], ['CidCharacter', [i]], ['AlreadyExists', [k]],
                    ['NotFound', [k]], ['NotOwner', [k, a]], ['ZeroAddress', []]];
    for (const [name, args] of errors)
      out.push({ kind: 'error', name, args: args.map(String), encoded: iface.encodeErrorResult(name, args).slice(2) });
    const types = ['uint256', 'bool', 'bytes32', 'string', 'address[]', '(bytes,address)[2]', 'uint64[]'];
    const values = [BigInt(i) * 10n ** 30n, i % 2 === 0, ethers.hexlify(randomAsU8a(32)), message(i), [a, b].slice(0, i % 3),
                    [[k, a], [c, b]], [1n, 2n ** 63n]];
    out.push({ kind: 'mixed', types, values: values.map((v) => JSON.parse(JSON.stringify(v, (_, x) => typeof x === 'bigint' ? x.toString() : x))),
               encoded: ethers.AbiCoder.defaultAbiCoder().encode(types, values).slice(2) });
  }
} else if (section === 'documents') {
  const shapes = [
    (d) => { delete d.args; delete d.custom; },
    (d) => { d.description = ''; d.tags = []; },
    (d) => { d.args = {}; delete d.custom; d.entrypoint = ''; },
    (d) => { delete d.description; delete d.tags; delete d.license; delete d.repository; },
  ];
  const keyring = new Keyring({ type: 'ed25519' });
  for (let i = 0; i < count; i++) {
    const doc = { name: `other-program-${i}`, version: '1.0.0', author: 'Another Program', description: 'Written elsewhere.',
                  cid: 'bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy', entrypoint: 'main.py',
                  args: { n: i }, custom: { x: 'y' }, tags: ['nlp'], license: 'MIT', repository: 'https://example.org/x',
                  created: '2026-12-06T12:00:00Z' };
    shapes[i % shapes.length](doc);
    if (i % 2 === 0) {
      const pair = keyring.addFromSeed(randomAsU8a(32));
      doc.key = { type: 'ed25519', bytes: u8aToHex(pair.publicKey) };
      doc.signature = { type: 'ed25519', publicKey: u8aToHex(pair.publicKey),
                        sig: u8aToHex(pair.sign(stringToU8a(canonicalize(doc)))) };
    } else {
      const wallet = new ethers.Wallet(u8aToHex(randomAsU8a(32)));
      const publicKey = '0x' + wallet.signingKey.publicKey.slice(4);
      doc.key = { type: 'ethereum-address', bytes: wallet.address.toLowerCase() };
      doc.signature = { type: 'secp256k1', publicKey, sig: wallet.signMessageSync(stringToU8a(canonicalize(doc))) };
    }
    out.push({ document: canonicalize(doc) });
  }
} else if (section === 'transactions') {
  for (let i = 0; i < count; i++) {
    const wallet = new ethers.Wallet(ethers.hexlify(randomAsU8a(32)));
    const legacy = i % 2 === 1;
    const fields = {
      chainId: [1n, 31337n, 11155111n, 2n ** 40n][i % 4], nonce: BigInt(i * 977 % 100000), gasLimit: 21000n + BigInt(i) * 1000n,
      to: i % 5 === 4 ? null : ethers.getAddress(ethers.hexlify(randomAsU8a(20))),
      value: BigInt(i) * 10n ** 17n, data: ethers.hexlify(randomAsU8a(i * 37 % 200)),
    };
    if (legacy) Object.assign(fields, { type: 0, gasPrice: BigInt(i + 1) * 10n ** 9n });
    else Object.assign(fields, { type: 2, maxPriorityFeePerGas: BigInt(i) * 10n ** 8n, maxFeePerGas: BigInt(i + 3) * 10n ** 9n });
    const tx = ethers.Transaction.from(fields);
    const signingHash = tx.unsignedHash;
    tx.signature = wallet.signingKey.sign(signingHash);
    const str = (x) => (typeof x === 'bigint' ? x.toString() : x);
    out.push({ secretKey: wallet.privateKey.slice(2), type: legacy ? 'legacy' : 'eip1559',
               fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, str(v)])),
               signingHash: signingHash.slice(2), raw: tx.serialized.slice(2), hash: tx.hash.slice(2), from: wallet.address });
  }
} else {
  console.error(`unknown section ${section}`);
  process.exit(2);
}
process.stdout.write(JSON.stringify(out));
