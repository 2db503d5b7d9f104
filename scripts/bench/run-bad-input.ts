/** Times one hostile-input case (see bad-input-cases.ts) in its own process. Usage: tsx run-bad-input.ts <case> */
import { performance } from 'node:perf_hooks';
import { badInputCases } from './bad-input-cases.js';
import { loadCore } from './core-dist.js';

const name = process.argv[2] ?? '';
const testCase = badInputCases[name];
if (!testCase) throw new Error(`unknown case ${name}; known: ${Object.keys(badInputCases).join(', ')}`);

const call = testCase.prepare(await loadCore());
const started = performance.now();
let outcome: { errorCode?: string; summary: string };
try {
  const value = await call();
  outcome = { summary: `returned ${JSON.stringify(value)?.slice(0, 200)}` };
} catch (error) {
  const { name: errorName, code, message } = error as { name?: string; code?: string; message?: string };
  outcome = {
    errorCode: code,
    summary: `${errorName ?? 'Error'}${code ? ` (${code})` : ''}: ${message?.slice(0, 200)}`,
  };
}
const ms = performance.now() - started;
console.log(JSON.stringify({ name, ms, ...outcome, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
