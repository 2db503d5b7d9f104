// The `node@22` dev dependency (the interpreter PactFlow's comparator needs in benchmarks) links a `node` binary into
// node_modules/.bin, which npm scripts and npx put first on PATH: every script would silently run on Node 22
// instead of the Node the project supports. Remove that link; benchmarks call node_modules/node/bin/node directly.
import { lstatSync, readlinkSync, unlinkSync } from 'node:fs';

const link = new URL('../node_modules/.bin/node', import.meta.url);
try {
  if (lstatSync(link).isSymbolicLink() && readlinkSync(link).includes('node/bin/node')) unlinkSync(link);
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
