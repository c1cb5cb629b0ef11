// RFC 8785 canonical JSON and metadata signatures, by independent implementations, for Modreg's tests.
// Usage: node jcs.mjs canonical <file>   each line of <file> is a JSON text; prints a JSON array of the
//                                        canonical forms (npm canonicalize), as hex of their UTF-8 bytes
//        node jcs.mjs verify <file>      each line is a signed metadata document; prints, for each,
//                                        {valid, signer}: the signature checked over canonicalize(document
//                                        without "signature") with @polkadot/util-crypto (ed25519) or
//                                        ethers.verifyMessage (secp256k1, EIP-191)
import { readFileSync } from 'node:fs';
import canonicalize from 'canonicalize';
import { ethers } from 'ethers';
import { cryptoWaitReady, signatureVerify } from '@polkadot/util-crypto';

const [mode, file] = process.argv.slice(2);
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0);
await cryptoWaitReady();
const out = [];
for (const line of lines) {
  const value = JSON.parse(line);
  if (mode === 'canonical') {
    out.push(Buffer.from(canonicalize(value), 'utf8').toString('hex'));
  } else if (mode === 'verify') {
    const { signature, ...unsigned } = value;
    const message = canonicalize(unsigned);
    let valid = false;
    let signer = '';
    if (signature.type === 'ed25519') {
      const r = signatureVerify(new TextEncoder().encode(message), signature.sig, signature.publicKey);
      valid = r.isValid && r.crypto === 'ed25519';
      signer = signature.publicKey;
    } else if (signature.type === 'secp256k1') {
      signer = ethers.verifyMessage(message, signature.sig);
      valid = signer === ethers.computeAddress('0x04' + signature.publicKey.slice(2));
    }
    out.push({ valid, signer });
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
}
process.stdout.write(JSON.stringify(out));
