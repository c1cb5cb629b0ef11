// The reference side of BenchRegistryThroughput: ethers registers `count` modules on the registry
// contract, one after another, each waited for until mined, from anvil's second dev account (a
// public test key), each receipt polled for. Prints {"seconds", "cpuMs"} (this process's user+system CPU time).
// Usage: node registerWithEthers.mjs <rpc url> <registry address> <count> <key prefix byte hex>
import { ethers } from 'ethers';
import { readFileSync } from 'node:fs';

const [rpc, address, countText, prefix] = process.argv.slice(2);
const count = Number(countText);
const artifact = JSON.parse(readFileSync(new URL('../../resources/contracts/ModuleRegistry.json', import.meta.url)));
const provider = new ethers.JsonRpcProvider(rpc, undefined, { staticNetwork: true, batchMaxCount: 1, pollingInterval: 50 });
const wallet = new ethers.Wallet('0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d', provider);
const registry = new ethers.Contract(address, artifact.abi, new ethers.NonceManager(wallet));
const cid = ethers.toUtf8Bytes('bafkreiey5jxe6ilpf62lnh77tm5ejbbmhbugzjuf6p2v3remlu73ced34q');

const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let i = 0; i < count; ++i) {
  const key = new Uint8Array(32);
  key[0] = parseInt(prefix, 16);
  key[30] = i >> 8;
  key[31] = i & 0xff;
  const tx = await registry.registerModule(key, cid);
  // The receipt polled as Modreg polls it (4, 8, 16 … ms, then every 50 ms). tx.wait() waits for
  // a new block to look again, and on an automining node that has nothing else to mine it can
  // miss its own block and wait forever (seen here after 47 transactions).
  let receipt = null;
  for (let poll = 0; !(receipt = await provider.getTransactionReceipt(tx.hash)); ++poll)
    await new Promise((resolve) => setTimeout(resolve, Math.min(50, 4 << Math.min(poll, 10))));
  if (receipt.status !== 1) throw new Error('reverted');
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ seconds, cpuMs: (cpu.user + cpu.system) / 1000 }));
provider.destroy();
