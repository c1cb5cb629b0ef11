// Opens key files that Modreg exported, with the reference implementations, and prints what they
// find. Input on stdin: [{format: "ethereum"|"polkadot", json, password}]. Output: [{address|publicKey, signatureOk}].
import { ethers } from 'ethers';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, signatureVerify } from '@polkadot/util-crypto';
import { stringToU8a } from '@polkadot/util';

await cryptoWaitReady();
const input = JSON.parse(await new Promise((resolve) => {
  let data = '';
  process.stdin.on('data', (c) => (data += c));
  process.stdin.on('end', () => resolve(data));
}));
const out = [];
for (const item of input) {
  try {
    if (item.format === 'ethereum') {
      const w = ethers.Wallet.fromEncryptedJsonSync(item.json, item.password);
      out.push({ address: w.address });
    } else if (item.format === 'polkadot') {
      const keyring = new Keyring({ type: 'ed25519' });
      const pair = keyring.addFromJson(JSON.parse(item.json));
      pair.decodePkcs8(item.password);
      const msg = stringToU8a('checked by polkadot.js');
      out.push({ publicKey: Buffer.from(pair.publicKey).toString('hex'), name: pair.meta.name,
                 signatureOk: signatureVerify(msg, pair.sign(msg), pair.address).isValid });
    }
  } catch (e) {
    out.push({ error: String(e.message ?? e) });
  }
}
process.stdout.write(JSON.stringify(out));
