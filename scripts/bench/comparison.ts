/**
 * Benchmark section `comparison`: Signet's compare vs PactFlow's openapi-pact-comparator on GitHub's 13 MB REST
 * spec and a generated 1,000-interaction contract, each round in a fresh process, rounds interleaved so load
 * from other users of the machine hits both tools alike.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runChild, type ChildResult } from './child.js';
import { ensureGithubContract, intentPath, resultsDir, type IntentEntry } from './github-contract.js';
import { githubSpec, node22, tsxLoader } from './paths.js';
import { renderComparison, type RunnerOutput } from './comparison-report.js';
import type { RunSection } from './section.js';
import { timeProcess } from './cli-process.js';
import { coreDistEntry } from './core-dist.js';
import { importCost } from './import-cost.js';

const runSignet = new URL('./run-signet.ts', import.meta.url).pathname;
const runPactflow = new URL('./run-pactflow.mjs', import.meta.url).pathname;
const signetCli = new URL('../../packages/cli/bin/signet.js', import.meta.url).pathname;
const opcCli = new URL('../../node_modules/@pactflow/openapi-pact-comparator/dist/cli.cjs', import.meta.url)
  .pathname;

const pactflowEntry = pathToFileURL(
  new URL('../../node_modules/@pactflow/openapi-pact-comparator/dist/index.mjs', import.meta.url).pathname,
).href;

export const run: RunSection = async ({ signetRounds, pactflowRounds }) => {
  const pactPath = ensureGithubContract();
  const intents = JSON.parse(readFileSync(intentPath, 'utf8')) as IntentEntry[];
  const pact = JSON.parse(readFileSync(pactPath, 'utf8')) as { interactions: Array<{ description: string }> };
  const signet: Array<ChildResult<RunnerOutput>> = [];
  const pactflow: Array<ChildResult<RunnerOutput>> = [];
  // As a user runs both: each tool's own CLI, from spawn to its printed findings.
  const cli = { signet: [] as number[], pactflow: [] as number[] };
  const imports = { signet: [] as number[], pactflow: [] as number[] };
  for (let round = 0; round < Math.max(signetRounds, pactflowRounds); round++) {
    if (round < signetRounds) {
      signet.push(
        await runChild(process.execPath, [
          '--import',
          pathToFileURL(tsxLoader).href,
          runSignet,
          githubSpec,
          pactPath,
        ]),
      );
      progress('Signet', round, signet.at(-1)!);
      cli.signet.push(
        await timeProcess(process.execPath, [
          signetCli,
          'compare',
          '--spec',
          githubSpec,
          '--contract',
          pactPath,
          '--json',
        ]),
      );
      console.error(`  signet compare round ${round + 1}: ${(cli.signet.at(-1)! / 1000).toFixed(2)} s`);
      imports.signet.push(importCost(process.execPath, pathToFileURL(coreDistEntry).href));
    }
    if (round < pactflowRounds) {
      pactflow.push(await runChild(node22, [runPactflow, githubSpec, pactPath]));
      progress('PactFlow', round, pactflow.at(-1)!);
      cli.pactflow.push(await timeProcess(node22, [opcCli, '--oas', githubSpec, pactPath]));
      console.error(`  opc round ${round + 1}: ${(cli.pactflow.at(-1)! / 1000).toFixed(2)} s`);
      imports.pactflow.push(importCost(node22, pactflowEntry));
    }
  }
  writeFileSync(join(resultsDir, 'comparison.json'), JSON.stringify({ signet, pactflow, intents }, null, 1));
  return renderComparison({
    signet,
    pactflow,
    cli,
    imports,
    intents,
    descriptions: pact.interactions.map((i) => i.description),
    specBytes: readFileSync(githubSpec).length,
    contractBytes: readFileSync(pactPath).length,
  });
};

function progress(tool: string, round: number, { result, wallMs }: ChildResult<RunnerOutput>) {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.error(
    `  ${tool} round ${round + 1}: load ${s(result.loadMs)}, compare ${s(result.compareMs)}, ` +
      `wall ${s(wallMs)}, peak ${result.peakRssMb.toFixed(0)} MB`,
  );
}
