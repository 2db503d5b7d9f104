/** Benchmark section `bad-input`: how fast Signet rejects hostile documents, each case in its own process. */
import { pathToFileURL } from 'node:url';
import { runChild } from './child.js';
import { badInputCases } from './bad-input-cases.js';
import { machineLine } from './machine.js';
import { tsxLoader } from './paths.js';
import type { RunSection } from './section.js';

const runner = new URL('./run-bad-input.ts', import.meta.url).pathname;
/** A case still running after this long counts as a hang. */
const HANG_MS = 30_000;

interface CaseResult {
  ms: number;
  errorCode?: string;
  summary: string;
  peakRssMb: number;
}

export const run: RunSection = async () => {
  const rows: string[] = [];
  for (const [name, testCase] of Object.entries(badInputCases)) {
    let cells: string;
    try {
      const args = ['--import', pathToFileURL(tsxLoader).href, runner, name];
      const { result } = await runChild<CaseResult>(process.execPath, args, HANG_MS);
      const expected = testCase.errorCode ? result.errorCode === testCase.errorCode : !result.errorCode;
      const ok = expected && result.ms < 1000 ? 'yes' : '**no**';
      cells = `${result.ms.toFixed(1)} ms | ${result.peakRssMb.toFixed(0)} MB | ${ok} | ${escape(result.summary)}`;
    } catch (error) {
      cells = `— | — | **no** | ${escape(String(error).split('\n')[0] ?? '')}`;
    }
    console.error(`  ${name}: ${cells}`);
    rows.push(`| ${testCase.title} | ${testCase.expected} | ${cells} |`);
  }
  return [
    '## Bad input: time to reject hostile documents',
    '',
    machineLine(),
    'Each case runs in a fresh process; the input is built before the clock starts. A case that runs longer than ' +
      `${HANG_MS / 1000} s is killed and reported as a failure.`,
    '',
    '| case | expected | time | peak RSS | as expected, < 1 s | outcome |',
    '|---|---|---:|---:|---|---|',
    ...rows,
  ].join('\n');
};

const escape = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
