// Reference vectors from independent implementations, printed as JSON for Modreg's C++ tests to
// compare byte for byte. Usage: node vectors.mjs <section> [count]
//   bip39      random mnemonics (12/24 words) → entropy, seed (with and without passphrase); official entropies
//   ethereum   BIP44 m/44'/60'/0'/0/i keys, public keys, EIP-55 addresses, EIP-191 signatures (ethers)
//   solana     SLIP-0010 m/44'/501'/i'/0' keys, base58 addresses, keypair JSON (ed25519-hd-key, @solana/web3.js)
//   substrate  ed25519 from mnemonic + derivation paths, SS58 with several prefixes, signatures (@polkadot)
//   cids       CIDs of random blocks in every codec, base and version (multiformats, as js-ipfs uses)
//   hashes     keccak256 / blake2b of random inputs (@polkadot/util-crypto, ethers)
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
} else {
  console.error(`unknown section ${section}`);
  process.exit(2);
}
process.stdout.write(JSON.stringify(out));
