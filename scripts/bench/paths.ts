/** Where the benchmarks find their inputs and tools. */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export const repoRoot = here('../../');
/** The npm package `node@22`: PactFlow's comparator needs Node >= 22, the project runs on Node 20. */
export const node22 = here('../../node_modules/node/bin/node');
export const githubSpec = require.resolve('@octokit/openapi/generated/api.github.com.json');
/** `SIGNET_BENCH_DOC` writes a run's sections elsewhere: a trial run then leaves docs/benchmarks.md alone. */
export const benchmarksDoc = process.env.SIGNET_BENCH_DOC ?? here('../../docs/benchmarks.md');
export const tsxLoader = require.resolve('tsx');
