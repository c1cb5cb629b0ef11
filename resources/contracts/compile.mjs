// Compiles ModuleRegistry.sol with the pinned solc-js and prints the artifact Modreg embeds:
//   node resources/contracts/compile.mjs > resources/contracts/ModuleRegistry.json
// The test TestContractArtifact runs this and requires the committed file to be identical.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../../package.json'));
const solc = require('solc');

const source = readFileSync(join(here, 'ModuleRegistry.sol'), 'utf8');
const input = {
  language: 'Solidity',
  sources: { 'ModuleRegistry.sol': { content: source } },
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};
const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
if (errors.length) {
  for (const e of errors) console.error(e.formattedMessage);
  process.exit(1);
}
const contract = output.contracts['ModuleRegistry.sol'].ModuleRegistry;
const artifact = {
  contractName: 'ModuleRegistry',
  compiler: `solc-js ${solc.version()}`,
  settings: { optimizer: input.settings.optimizer, evmVersion: input.settings.evmVersion },
  sourceSha256: createHash('sha256').update(source).digest('hex'),
  abi: contract.abi,
  bytecode: '0x' + contract.evm.bytecode.object,
  deployedBytecode: '0x' + contract.evm.deployedBytecode.object,
};
process.stdout.write(JSON.stringify(artifact, null, 2) + '\n');
