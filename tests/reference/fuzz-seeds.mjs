// Seed corpora for the fuzz targets in tests/fuzz, written by independent implementations (ethers,
// polkadot.js, @solana/web3.js, bip39, multiformats, js-ipfs's own UnixFS importer, dag-pb and CAR
// writers) plus the hostile inputs the tests already use. Run once and commit the output:
//   node tests/reference/fuzz-seeds.mjs tests/fuzz/corpus
// The seeds are random where the implementations are (keys, salts); a new run makes other files
// with the same shapes, so only run it when a target's input format changes.
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { createHash, pbkdf2Sync, randomBytes, createCipheriv } from 'node:crypto';
import { ethers } from 'ethers';
import * as bip39 from 'bip39';
import nacl from 'tweetnacl';
import canonicalize from 'canonicalize';
import { Keypair } from '@solana/web3.js';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, randomAsU8a } from '@polkadot/util-crypto';
import { CID } from 'multiformats/cid';
import { sha256 } from 'multiformats/hashes/sha2';
import { identity } from 'multiformats/hashes/identity';
import * as Digest from 'multiformats/hashes/digest';
import { base32 } from 'multiformats/bases/base32';
import { base36 } from 'multiformats/bases/base36';
import { base58btc } from 'multiformats/bases/base58';
// js-ipfs's own UnixFS and CAR code (the devnet's node_modules, one folder up from here).
const root = new URL('../../node_modules/', import.meta.url);
const dagPb = await import(new URL('@ipld/dag-pb/src/index.js', root));
const { UnixFS } = await import(new URL('ipfs-unixfs/src/index.js', root));
const { importer } = await import(new URL('ipfs-unixfs-importer/src/index.js', root));
const { CarWriter } = await import(new URL('@ipld/car/src/index.js', root));

const out = process.argv[2];
const only = process.argv.slice(3); // targets to write; none named: all of them
if (!out) {
  console.error('usage: node fuzz-seeds.mjs <corpus folder> [TARGET...]');
  process.exit(2);
}
await cryptoWaitReady();
const enc = new TextEncoder();
const counts = {};
function seed(target, name, bytes) {
  if (only.length && !only.includes(target)) return;
  mkdirSync(`${out}/${target}`, { recursive: true });
  const data = typeof bytes === 'string' ? enc.encode(bytes) : bytes;
  writeFileSync(`${out}/${target}/${name}`, data);
  counts[target] = (counts[target] ?? 0) + 1;
}
const hex = (u8a) => '0x' + Buffer.from(u8a).toString('hex');
const cat = (...parts) => Buffer.concat(parts.map((p) => Buffer.from(p)));
function varintBytes(n) {
  const b = [];
  do { let x = n & 0x7f; n = Math.floor(n / 128); if (n) x |= 0x80; b.push(x); } while (n);
  return Uint8Array.from(b);
}
const contentCid = async (bytes) => CID.create(1, 0x55, await sha256.digest(bytes)).toString();

// --- metadata documents ---------------------------------------------------------------------
function draft(i) {
  const d = {
    name: `module-${i}`, version: ['1.0.0', '2.1.0-beta.1', '0.0.1+build.7'][i % 3], author: `Author ${i} ü`,
    description: `A module that does thing ${i}.\nSecond line with\ttab.`, entrypoint: 'main.py',
    args: { threshold: 0.5, layers: [1, 2, 3], nested: { deep: [true, null, 'x'] } },
    custom: { weights: 'bafkreiabc', 'ünï': 1e21, small: 1e-7, neg: -0.0 },
    tags: ['nlp', 'text-generation', 'c++'].slice(0, 1 + (i % 3)),
    license: 'Apache-2.0 OR MIT', repository: 'https://example.org/team/module',
  };
  if (i % 4 === 3) delete d.args;
  return d;
}
async function signedEd25519(i) {
  const pair = nacl.sign.keyPair.fromSeed(randomAsU8a(32));
  const doc = { ...draft(i), cid: await contentCid(enc.encode(`content ${i}`)), created: '2026-11-21T20:11:16Z',
                key: { type: 'ed25519', bytes: hex(pair.publicKey) } };
  const sig = nacl.sign.detached(enc.encode(canonicalize(doc)), pair.secretKey);
  doc.signature = { type: 'ed25519', publicKey: hex(pair.publicKey), sig: hex(sig) };
  return canonicalize(doc);
}
async function signedSecp256k1(i) {
  const wallet = new ethers.Wallet(hex(randomAsU8a(32)));
  const publicKey = '0x' + wallet.signingKey.publicKey.slice(4);
  const doc = { ...draft(i), cid: await contentCid(enc.encode(`content ${i}`)), created: '2026-11-21T20:11:16.5Z',
                key: i % 2 ? { type: 'ethereum-address', bytes: wallet.address.toLowerCase() } : { type: 'secp256k1', bytes: publicKey } };
  const sig = wallet.signMessageSync(enc.encode(canonicalize(doc)));
  doc.signature = { type: 'secp256k1', publicKey, sig };
  return canonicalize(doc);
}
for (let i = 0; i < 6; i++) {
  seed('FuzzMetadataDocument', `signed-ed25519-${i}.json`, await signedEd25519(i));
  seed('FuzzMetadataDocument', `signed-secp256k1-${i}.json`, await signedSecp256k1(i));
  seed('FuzzMetadataDocument', `draft-${i}.json`, JSON.stringify(draft(i), null, i % 2 ? 2 : 0));
}
const hostileDocuments = {
  'number-beyond-double.json': '{"name":"x","custom":{"x":1e400}}',
  'negative-beyond-double.json': '{"name":-1e99999}',
  'big-integer.json': '{"custom":{"n":123456789012345678901234567890}}',
  'beyond-2-53.json': '{"args":{"n":9007199254740993}}',
  'nan.json': '{"custom":{"x":NaN}}',
  'duplicate-name.json': '{"name":"a","name":"b"}',
  'deep.json': '{"custom":' + '['.repeat(40) + ']'.repeat(40) + '}',
  'lone-surrogate.json': '{"name":"\\ud800"}',
  'html.json': '<html><script>alert(1)</script></html>',
  'truncated.json': '{"name":"a",',
  'unknown-field.json': '{"name":"a","version":"1.0.0","author":"b","evil":true}',
  'key-wrong-length.json': '{"name":"a","version":"1.0.0","author":"b","key":{"type":"ed25519","bytes":"0x00"}}',
  'control-characters.json': '{"name":"a\\u0000b","version":"1.0.0","author":"\\u001b[31mred"}',
  'empty.json': '',
  'array.json': '[1,2,3]',
};
for (const [name, text] of Object.entries(hostileDocuments)) seed('FuzzMetadataDocument', name, text);
seed('FuzzMetadataDocument', 'invalid-utf8.json', Uint8Array.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]));

// --- CIDs, multibase, varints ---------------------------------------------------------------
for (let i = 0; i < 12; i++) {
  const block = randomAsU8a(1 + i * 13);
  const digest = await sha256.digest(block);
  for (const codec of [0x55, 0x70, 0x71, 0x0129, 0x72]) {
    const cid = CID.create(1, codec, digest);
    const base = [base32, base36, base58btc][(i + codec) % 3];
    seed('FuzzCid', `v1-${codec.toString(16)}-${i}.txt`, cid.toString(base));
    if (i % 4 === 0) seed('FuzzCid', `v1-${codec.toString(16)}-${i}.bin`, cid.bytes);
  }
  const v0 = CID.createV0(digest);
  seed('FuzzCid', `v0-${i}.txt`, v0.toString());
  if (i % 3 === 0) seed('FuzzCid', `path-${i}.txt`, `/ipfs/${v0.toV1().toString()}/docs/readme-${i}.md`);
}
seed('FuzzCid', 'identity.txt', CID.create(1, 0x55, identity.digest(enc.encode('inline bytes'))).toString());
seed('FuzzCid', 'identity.bin', CID.create(1, 0x70, identity.digest(randomAsU8a(100))).bytes);
seed('FuzzCid', 'varints.bin', cat(varintBytes(0), varintBytes(127), varintBytes(128), varintBytes(2 ** 32), varintBytes(2 ** 53)));
seed('FuzzCid', 'ipfs-url.txt', `ipfs://${CID.create(1, 0x70, await sha256.digest(enc.encode('x'))).toString()}/a`);

// --- UnixFS DAGs (js-ipfs's importer), as blocks, CARs and exporter inputs --------------------
async function importDag(entries, options) {
  const blocks = new Map();
  const blockstore = { put: async (cid, bytes) => { blocks.set(cid.toString(), { cid, bytes }); return cid; },
                       get: async (cid) => blocks.get(cid.toString()).bytes };
  let rootCid;
  for await (const entry of importer(entries, blockstore, options)) rootCid = entry.cid;
  return { root: rootCid, blocks };
}
const file = (path, size) => ({ path, content: randomAsU8a(size) });
const dags = [
  ['small-file', [file('a.txt', 100)], { cidVersion: 1, rawLeaves: true }],
  ['chunked-file', [file('big.bin', 5000)], { cidVersion: 1, rawLeaves: true, chunker: 'fixed', maxChunkSize: 512, maxChildrenPerNode: 3 }],
  ['chunked-v0', [file('big.bin', 3000)], { cidVersion: 0, rawLeaves: false, maxChunkSize: 700, maxChildrenPerNode: 4 }],
  ['folder', [file('mod/main.py', 300), file('mod/src/lib.py', 900), file('mod/README.md', 50)],
   { cidVersion: 1, rawLeaves: true, wrapWithDirectory: false, maxChunkSize: 256 }],
  ['wrapped', [file('x/y/z.txt', 10), file('x/w.txt', 20)], { cidVersion: 0, wrapWithDirectory: true }],
  ['empty-file', [{ path: 'empty', content: new Uint8Array(0) }], { cidVersion: 1, rawLeaves: false }],
];
for (const [name, entries, options] of dags) {
  const { root: rootCid, blocks } = await importDag(entries, options);
  for (const [, { cid, bytes }] of blocks)
    if (cid.code === 0x70) seed('FuzzDagPb', `${name}-${cid.toString().slice(-8)}.pb`, bytes);
  // CAR, root first as gateways send it.
  const { writer, out: carOut } = CarWriter.create([rootCid]);
  const chunks = [];
  const collect = (async () => { for await (const c of carOut) chunks.push(c); })();
  const order = breadthFirst(rootCid, blocks);
  for (const { cid, bytes } of order) await writer.put({ cid, bytes });
  await writer.close();
  await collect;
  const car = cat(...chunks);
  seed('FuzzCarReader', `${name}.car`, cat(car, [0]));                  // fed whole
  seed('FuzzCarReader', `${name}-cut.car`, cat(car, randomAsU8a(8), [7])); // and in 7 pieces
  seed('FuzzUnixfsExporter', `${name}.dag`, exporterInput(order, rootCid.code === 0x55 ? 1 : 0));
  if (order.length > 1 && order[0].cid.code === 0x70 && dagPb.decode(order[0].bytes).Links.length)
    seed('FuzzUnixfsExporter', `${name}-path.dag`, exporterInput(order, 2));
}
function breadthFirst(rootCid, blocks) {
  const seen = new Set();
  const order = [];
  const queue = [rootCid];
  while (queue.length) {
    const cid = queue.shift();
    if (seen.has(cid.toString())) continue;
    seen.add(cid.toString());
    const block = blocks.get(cid.toString());
    order.push(block);
    if (cid.code === 0x70) for (const l of dagPb.decode(block.bytes).Links) queue.push(l.Hash);
  }
  return order;
}
// The exporter target's input: a flags byte, then each block as varint(length) and bytes, the root
// first; a link's target is written as its offset among the later blocks, in its digest's first byte.
function exporterInput(order, flags) {
  const index = new Map(order.map((b, i) => [b.cid.toString(), i]));
  const parts = [Uint8Array.from([flags])];
  order.forEach(({ cid, bytes }, i) => {
    let block = bytes;
    if (cid.code === 0x70) {
      const node = dagPb.decode(bytes);
      const links = node.Links.map((l) => {
        const d = new Uint8Array(32);
        d[0] = index.get(l.Hash.toString()) - i - 1;
        return { ...l, Hash: CID.create(1, l.Hash.code, Digest.create(0x12, d)) };
      });
      block = dagPb.encode(dagPb.prepare({ Data: node.Data, Links: links }));
    }
    parts.push(varintBytes(block.length), block);
  });
  return cat(...parts);
}
// Hostile shapes for the exporter, built by hand from real node encodings.
const pbNode = (data, links = []) => dagPb.encode(dagPb.prepare({ Data: data, Links: links }));
const fakeLink = (offset, name, codec = 0x70) => {
  const d = new Uint8Array(32);
  d[0] = offset;
  return { Hash: CID.create(1, codec, Digest.create(0x12, d)), Name: name, Tsize: 10 };
};
const fileData = (bytes, sizes, filesize) => new UnixFS({ type: 'file', data: bytes, blockSizes: sizes.map(BigInt) }).marshal();
{
  // A file that declares 10 bytes and holds 1,000.
  const liar = new UnixFS({ type: 'file', blockSizes: [1000n] });
  liar.fileSize = () => 10;
  const root = pbNode(liar.marshal(), [fakeLink(0, '', 0x55)]);
  seed('FuzzUnixfsExporter', 'larger-than-declared.dag', cat([0], varintBytes(root.length), root, varintBytes(1000), randomAsU8a(1000)));
  // A folder whose entry names climb out of it.
  const dir = pbNode(new UnixFS({ type: 'directory' }).marshal(), [fakeLink(0, '..'), fakeLink(0, 'a/b')]);
  const leaf = pbNode(fileData(enc.encode('x'), []));
  seed('FuzzUnixfsExporter', 'climbing-names.dag', cat([0], varintBytes(dir.length), dir, varintBytes(leaf.length), leaf));
  // A wide folder whose entries all point at one wide folder.
  const wideLinks = (n) => Array.from({ length: n }, (_, k) => fakeLink(0, `e${k}`));
  const wide = pbNode(new UnixFS({ type: 'directory' }).marshal(), wideLinks(200));
  const inner = pbNode(new UnixFS({ type: 'directory' }).marshal(), wideLinks(200));
  seed('FuzzUnixfsExporter', 'wide-folders.dag', cat([0], varintBytes(wide.length), wide, varintBytes(inner.length), inner,
                                                     varintBytes(leaf.length), leaf));
  // A symlink and a sharded folder.
  seed('FuzzUnixfsExporter', 'symlink.dag', cat([0], lengthPrefixedBlock(pbNode(new UnixFS({ type: 'symlink', data: enc.encode('/etc/passwd') }).marshal()))));
  seed('FuzzUnixfsExporter', 'hamt.dag', cat([0], lengthPrefixedBlock(pbNode(new UnixFS({ type: 'hamt-sharded-directory', fanout: 256n, hashType: 0x22n }).marshal()))));
  seed('FuzzDagPb', 'symlink.pb', pbNode(new UnixFS({ type: 'symlink', data: enc.encode('target') }).marshal()));
  seed('FuzzDagPb', 'hamt.pb', pbNode(new UnixFS({ type: 'hamt-sharded-directory', fanout: 256n, hashType: 0x22n }).marshal()));
  seed('FuzzDagPb', 'mtime-mode.pb', pbNode(new UnixFS({ type: 'file', data: enc.encode('x'), mode: 0o644, mtime: { secs: 1700000000n, nsecs: 5 } }).marshal()));
}
function lengthPrefixedBlock(block) { return cat(varintBytes(block.length), block); }

// --- ABI data (ethers) -------------------------------------------------------------------------
const artifact = JSON.parse(readFileSync(new URL('../../resources/contracts/ModuleRegistry.json', import.meta.url)));
const iface = new ethers.Interface(artifact.abi);
const coder = ethers.AbiCoder.defaultAbiCoder();
const address = () => ethers.getAddress(hex(randomAsU8a(20)));
const key = (i) => hex(randomAsU8a([20, 32, 64][i % 3]));
const cidBytes = (i) => hex(enc.encode('bafkrei' + 'a'.repeat(52 + (i % 3))));
// FuzzAbi's shapes, in its order (the first byte picks one: selector % 10).
const shapes = [
  [['bytes', 'bytes', 'address'], (i) => [key(i), cidBytes(i), address()]],
  [['bytes', 'address'], (i) => [cidBytes(i), address()]],
  [['uint256'], (i) => [BigInt(i) * 10n ** 40n]],
  [['string'], (i) => [`ünïcode string ${i}`]],
  [['bytes[]'], (i) => [[key(i), key(i + 1), '0x']]],
  [['string[][]', 'bool'], (i) => [[['a', 'b'], [], [`c${i}`]], i % 2 === 0]],
  [['(bytes,address)[2]', 'uint8'], (i) => [[[key(i), address()], [cidBytes(i), address()]], i % 256]],
  [['(uint256,bytes[])', 'bytes32'], (i) => [[BigInt(i), [key(i)]], hex(randomAsU8a(32))]],
  [['address[3][]'], () => [[[address(), address(), address()]]]],
  [['bytes4', '(string,(bytes,uint64[]))[]'], (i) => ['0x12345678', [[`s${i}`, [key(i), [1n, 2n ** 63n]]]]]],
];
shapes.forEach(([types, values], s) => {
  for (let i = 0; i < 2; i++)
    seed('FuzzAbi', `shape-${s}-${i}.bin`, cat([s + 10 * i], ethers.getBytes(coder.encode(types, values(i)))));
});
for (let i = 0; i < 3; i++) {
  const k = key(i), a = address();
  seed('FuzzAbi', `getModule-result-${i}.bin`, cat([0], ethers.getBytes(iface.encodeFunctionResult('getModule', [cidBytes(i), a]))));
  seed('FuzzAbi', `error-notowner-${i}.bin`, cat([1], ethers.getBytes(iface.encodeErrorResult('NotOwner', [k, a]))));
  const log = iface.encodeEventLog('ModuleRegistered', [ethers.keccak256(k), k, cidBytes(i), a]);
  // Selector with 0x80 set puts ModuleRegistered's topic 0 first; selector % 5 more topics follow.
  seed('FuzzAbi', `event-registered-${i}.bin`, cat([0x80 + 1], ethers.getBytes(log.topics[1]), ethers.getBytes(log.data)));
}

// --- RLP (ethers) -------------------------------------------------------------------------------
const structure = (depth) => depth === 0 || Math.random() < 0.3
  ? hex(randomAsU8a(Math.floor(Math.random() * 70)))
  : Array.from({ length: Math.floor(Math.random() * 4) }, () => structure(depth - 1));
for (let i = 0; i < 20; i++) seed('FuzzRlp', `nested-${i}.rlp`, ethers.getBytes(ethers.encodeRlp(structure(4))));
for (let i = 0; i < 6; i++) {
  const wallet = new ethers.Wallet(hex(randomAsU8a(32)));
  const tx = ethers.Transaction.from({ type: 2, chainId: 31337n, nonce: BigInt(i), gasLimit: 100000n, to: address(),
                                      maxFeePerGas: 2n * 10n ** 9n, maxPriorityFeePerGas: 10n ** 8n,
                                      data: iface.encodeFunctionData('registerModule', [key(i), cidBytes(i)]) });
  tx.signature = wallet.signingKey.sign(tx.unsignedHash);
  seed('FuzzRlp', `eip1559-${i}.rlp`, ethers.getBytes(tx.serialized).slice(1)); // without the type byte
}

// --- logs, block headers, JSON-RPC messages ---------------------------------------------------------
const contract = '0x5fbdb2315678afecb367f032d93f642f64180aa3';
const blockHash = () => hex(randomAsU8a(32));
function registryLog(kind, k, c, a, b, block, index) {
  const args = { ModuleRegistered: [ethers.keccak256(k), k, c, a], ModuleUpdated: [ethers.keccak256(k), k, c, a],
                 ModuleRemoved: [ethers.keccak256(k), k, a], ModuleTransferred: [ethers.keccak256(k), k, a, b] }[kind];
  const log = iface.encodeEventLog(kind, args);
  return { address: contract, topics: log.topics, data: log.data, blockNumber: '0x' + block.number.toString(16),
           blockHash: block.hash, transactionHash: hex(randomAsU8a(32)), transactionIndex: '0x0',
           logIndex: '0x' + index.toString(16), removed: false };
}
const blocks = Array.from({ length: 8 }, (_, n) => ({ number: 100 + n, hash: blockHash() }));
function history(i) {
  const keys = [key(i), key(i + 1), key(i + 2)];
  const owners = [address(), address()];
  const logs = [];
  let index = 0;
  blocks.forEach((block, n) => {
    const k = keys[n % 3];
    const kind = ['ModuleRegistered', 'ModuleRegistered', 'ModuleRegistered', 'ModuleUpdated', 'ModuleTransferred',
                  'ModuleUpdated', 'ModuleRemoved', 'ModuleRegistered'][n];
    logs.push(registryLog(kind, k, cidBytes(n), owners[n % 2], owners[(n + 1) % 2], block, index++));
    if (n % 3 === 1) logs.push(registryLog('ModuleUpdated', k, cidBytes(n + 1), owners[n % 2], owners[0], block, index++));
  });
  return logs;
}
for (let i = 0; i < 6; i++) {
  const logs = history(i);
  seed('FuzzReplicaEvents', `history-${i}.json`, JSON.stringify(logs));
  seed('FuzzEvmLog', `log-${i}.json`, JSON.stringify(logs[i % logs.length]));
  if (i < 2) seed('FuzzEvmLog', `page-${i}.json`, JSON.stringify(logs));
  seed('FuzzJsonRpcMessage', `getlogs-${i}.json`, JSON.stringify({ jsonrpc: '2.0', id: i + 1, result: logs.slice(0, 3) }));
}
const header = (n) => ({ number: '0x' + n.toString(16), hash: blockHash(), parentHash: blockHash(), timestamp: '0x6650a5c0',
                         baseFeePerGas: '0x3b9aca00', gasLimit: '0x1c9c380' });
seed('FuzzEvmLog', 'header.json', JSON.stringify(header(1234)));
seed('FuzzEvmLog', 'absurd-head.json', JSON.stringify({ ...header(1), number: '0xffffffffffffffff' }));
const rpc = [
  { jsonrpc: '2.0', id: 1, result: '0x7a69' },
  [{ jsonrpc: '2.0', id: 3, result: header(5) }, { jsonrpc: '2.0', id: 2, result: [] }],
  { jsonrpc: '2.0', id: 7, error: { code: 3, message: 'execution reverted', data: iface.encodeErrorResult('NotFound', [key(1)]) } },
  { jsonrpc: '2.0', method: 'eth_subscription', params: { subscription: '0x9ce59a13059e417087c02d3236a0b1cc', result: header(9) } },
  { jsonrpc: '2.0', method: 'eth_subscription', params: { subscription: '0xabc', result: history(0)[0] } },
  { jsonrpc: '2.0', id: 4, result: null },
  { jsonrpc: '2.0', id: 5, result: { status: '0x1', blockNumber: '0x10', logs: [] } },
  { jsonrpc: '2.0', id: 2.5, result: 'not an id we send' },
];
rpc.forEach((m, n) => seed('FuzzJsonRpcMessage', `message-${n}.json`, JSON.stringify(m)));

// --- IPFS RPC replies (Kubo's and js-ipfs's shapes) --------------------------------------------------
const someCid = (n) => CID.create(1, 0x55, Digest.create(0x12, Uint8Array.from(createHash('sha256').update(`x${n}`).digest()))).toString();
const replies = {
  'add-kubo.ndjson': [1, 2, 3].map((n) => JSON.stringify({ Name: `mod/f${n}`, Hash: someCid(n), Size: String(n * 100) })).join('\n') + '\n',
  'add-jsipfs.ndjson': JSON.stringify({ Name: 'metadata.json', Hash: { '/': someCid(9) }, Size: 412 }) + '\n',
  'add-error.ndjson': JSON.stringify({ Message: 'no space left on device', Code: 0, Type: 'error' }),
  'version.json': JSON.stringify({ Version: '0.18.1', Commit: '', Repo: '12', System: 'amd64/linux', Golang: 'node' }),
  'id.json': JSON.stringify({ ID: '12D3KooWSomePeer', AgentVersion: 'js-ipfs/0.66.1', Addresses: ['/ip4/127.0.0.1/tcp/4002'] }),
  'repo-stat.json': JSON.stringify({ RepoSize: '123456', NumObjects: 42, StorageMax: 10000000000 }),
  'block-put.json': JSON.stringify({ Key: someCid(4), Size: 11 }),
  'block-stat.json': JSON.stringify({ Key: someCid(5), Size: 262144 }),
  'pin-ls-kubo.json': JSON.stringify({ Keys: { [someCid(6)]: { Type: 'recursive' }, [someCid(7)]: { Type: 'recursive' } } }),
  'pin-ls-jsipfs.ndjson': [6, 7].map((n) => JSON.stringify({ Cid: someCid(n), Type: 'recursive' })).join('\n'),
};
for (const [name, text] of Object.entries(replies)) seed('FuzzIpfsRpcReplies', name, text);

// --- key files -------------------------------------------------------------------------------------
for (let i = 0; i < 4; i++) {
  const wallet = new ethers.Wallet(hex(randomAsU8a(32)));
  // ethers writes scrypt only; small N keeps the fuzzer's full decryption fast.
  const json = ethers.encryptKeystoreJsonSync({ address: wallet.address, privateKey: wallet.privateKey }, 'fuzz',
                                              { scrypt: { N: 1 << (1 + i), r: 8, p: 1 } });
  seed('FuzzEthereumKeystore', `ethers-scrypt-${i}.json`, json);
}
{
  // PBKDF2, as geth once wrote it (ethers reads, not writes, this form).
  const secret = randomAsU8a(32);
  const salt = randomBytes(32), iv = randomBytes(16);
  const derived = pbkdf2Sync('fuzz', salt, 16, 32, 'sha256');
  const cipher = createCipheriv('aes-128-ctr', derived.subarray(0, 16), iv);
  const ciphertext = Buffer.concat([cipher.update(secret), cipher.final()]);
  const mac = ethers.keccak256(Buffer.concat([derived.subarray(16, 32), ciphertext])).slice(2);
  seed('FuzzEthereumKeystore', 'pbkdf2.json', JSON.stringify({ version: 3, id: '3198bc9c-6672-5ab3-d995-4942343ae5b6',
    Crypto: { cipher: 'aes-128-ctr', cipherparams: { iv: iv.toString('hex') }, ciphertext: ciphertext.toString('hex'),
              kdf: 'pbkdf2', kdfparams: { c: 16, dklen: 32, prf: 'hmac-sha256', salt: salt.toString('hex') }, mac } }));
  seed('FuzzEthereumKeystore', 'huge-scrypt.json', JSON.stringify({ version: 3, crypto: { cipher: 'aes-128-ctr',
    cipherparams: { iv: '00'.repeat(16) }, ciphertext: '00'.repeat(32), kdf: 'scrypt',
    kdfparams: { n: 2 ** 30, r: 8, p: 16, dklen: 32, salt: '00' }, mac: '00'.repeat(32) } }));
}
const keyring = new Keyring({ type: 'ed25519' });
for (let i = 0; i < 3; i++) {
  const pair = keyring.addFromSeed(randomAsU8a(32), { name: `account ${i}` });
  seed('FuzzPolkadotJson', `polkadotjs-${i}.json`, cat([0], enc.encode(JSON.stringify(pair.toJson('fuzz')))));
}
{
  // The plaintext inside the box: polkadot.js's PKCS#8 framing of a 64-byte secret (and the older 32).
  const header = Buffer.from('3053020101300506032b657004220420', 'hex');
  const divider = Buffer.from('a123032100', 'hex');
  const pair = nacl.sign.keyPair.fromSeed(randomAsU8a(32));
  seed('FuzzPolkadotJson', 'plaintext-64.bin', cat([1], header, pair.secretKey, divider, pair.publicKey));
  seed('FuzzPolkadotJson', 'plaintext-32.bin', cat([1], header, pair.secretKey.slice(0, 32), divider, pair.publicKey));
}
for (let i = 0; i < 3; i++) seed('FuzzSolanaKeypair', `keypair-${i}.json`, JSON.stringify(Array.from(Keypair.generate().secretKey)));
seed('FuzzSolanaKeypair', 'short.json', JSON.stringify([1, 2, 3]));
seed('FuzzSolanaKeypair', 'not-bytes.json', JSON.stringify(Array.from({ length: 64 }, (_, k) => k * 7 - 50)));
{
  // The keystore file: a header the format accepts, and plaintexts laid out as it writes them.
  const header = (memLog2, ops) => {
    const h = Buffer.alloc(56);
    h.write('MODREGKS', 0, 'latin1'); h.writeUInt16LE(1, 8); h[10] = 1; h[11] = memLog2; h.writeUInt32LE(ops, 12);
    randomBytes(40).copy(h, 16);
    return h;
  };
  seed('FuzzKeystoreFile', 'file-moderate.bin', cat([0], header(28, 3), randomBytes(120)));
  seed('FuzzKeystoreFile', 'file-huge-kdf.bin', cat([0], header(31, 64), randomBytes(40)));
  const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
  const i64 = (n) => { const b = Buffer.alloc(8); b.writeBigInt64LE(BigInt(n)); return b; };
  const field = (bytes) => cat(u32(bytes.length), bytes);
  const entry = (type, origin, mnemonic) => cat(field(enc.encode(hex(randomAsU8a(8)))), field(enc.encode('my key ü')), [type],
    field(randomAsU8a(type === 1 ? 32 : 64)), [origin], field(enc.encode(origin === 2 ? "m/44'/60'/0'/0/0" : '')),
    i64(1764000000000), field(randomAsU8a(32)), field(enc.encode(mnemonic)), field(new Uint8Array(0)));
  const phrase = bip39.generateMnemonic(128);
  seed('FuzzKeystoreFile', 'contents-empty.bin', cat([1], u32(0)));
  seed('FuzzKeystoreFile', 'contents-two.bin', cat([1], u32(2), entry(1, 1, ''), entry(2, 2, phrase)));
  seed('FuzzKeystoreFile', 'contents-bad-type.bin', cat([1], u32(1), entry(9, 1, '')));
}

// --- HTTP responses (as Kubo, js-ipfs, anvil and gateways answer) ----------------------------------
{
  // FuzzHttpResponse reads its options from the end: the last byte says whether the connection
  // closes after the bytes, the one before how many pieces to cut them in (0: whole).
  const tail = (pieces, close) => Uint8Array.from([pieces, close]);
  const body = '{"jsonrpc":"2.0","id":1,"result":"0x7a69"}';
  const responses = {
    'length.http': `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    'chunked.http': `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/vnd.ipld.car\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n`,
    'until-close.http': 'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nall of this until the end',
    'not-found.http': 'HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 22\r\n\r\n<h1>404 not found</h1>',
    'kubo-error.http': 'HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: 47\r\n\r\n{"Message":"not a CID","Code":0,"Type":"error"}',
    'continue.http': `HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok`,
    'redirect.http': 'HTTP/1.1 301 Moved Permanently\r\nLocation: /ipfs/bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy/\r\nContent-Length: 0\r\n\r\n',
    'no-content.http': 'HTTP/1.1 204 No Content\r\nContent-Length: 99\r\n\r\n',
    'two-lengths.http': 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd',
    'huge-length.http': 'HTTP/1.1 200 OK\r\nContent-Length: 99999999999999\r\n\r\nabc',
    'huge-chunk.http': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffff\r\nabc',
  };
  let n = 0;
  for (const [name, text] of Object.entries(responses)) {
    seed('FuzzHttpResponse', name, cat(enc.encode(text), tail(0, n % 2)));
    seed('FuzzHttpResponse', `pieces-${name}`, cat(enc.encode(text), randomAsU8a(12), tail(6, n % 2)));
    n++;
  }
}

// --- recovery phrases ----------------------------------------------------------------------------
for (const bits of [128, 160, 192, 224, 256]) seed('FuzzMnemonic', `valid-${bits}.txt`, bip39.generateMnemonic(bits));
seed('FuzzMnemonic', 'spacing-and-case.txt', '  ' + bip39.generateMnemonic(128).toUpperCase().replaceAll(' ', ' \t ') + '\n');
seed('FuzzMnemonic', 'bad-checksum.txt', 'abandon '.repeat(11) + 'abandon');
seed('FuzzMnemonic', 'unknown-word.txt', 'abandon '.repeat(5) + 'abandonx ' + 'abandon '.repeat(5) + 'about');
seed('FuzzMnemonic', 'nfkd.txt', bip39.generateMnemonic(128).normalize('NFD'));

// --- blocks of the search index ------------------------------------------------------------------
// Written here from the format PostingBlock.h documents (LEB128 varints: count, then per posting the
// gap from the previous row, the weighted frequency, the length), not by Modreg's encoder.
{
  const leb = (n) => { const b = []; do { let x = n & 0x7f; n = Math.floor(n / 128); if (n) x |= 0x80; b.push(x); } while (n); return b; };
  const block = (postings) => { const b = leb(postings.length); let prev = 0; for (const [doc, f, len] of postings) { b.push(...leb(doc - prev), ...leb(f), ...leb(len)); prev = doc; } return Uint8Array.from(b); };
  const random = (count, start, maxGap) => { const p = []; let doc = start; for (let i = 0; i < count; i++) { doc += i ? 1 + Math.floor(Math.random() * maxGap) : 0; p.push([doc, 1 + Math.floor(Math.random() * 40), 1 + Math.floor(Math.random() * 300)]); } return p; };
  for (const [i, count] of [1, 2, 7, 128, 256].entries()) seed('FuzzPostingBlock', `block-${i}.bin`, block(random(count, 1 + i * 1000, 50)));
  seed('FuzzPostingBlock', 'large-values.bin', block([[1, 1, 1], [2 ** 31, 2 ** 32 - 1, 2 ** 32 - 1], [2 ** 32 - 1, 0, 0]]));
  seed('FuzzPostingBlock', 'too-many.bin', block(random(257, 1, 3)));
  seed('FuzzPostingBlock', 'overlong-varint.bin', Uint8Array.from([1, 0x81, 0x00, 1, 1]));
  seed('FuzzPostingBlock', 'repeated-doc.bin', Uint8Array.from([2, 5, 1, 1, 0, 1, 1]));
  seed('FuzzPostingBlock', 'trailing-byte.bin', cat(block(random(3, 9, 9)), [0]));
}

for (const [target, n] of Object.entries(counts).sort()) console.log(`${target}: ${n} seeds`);
