/** Turns the comparison runs into the markdown section of docs/benchmarks.md. */
import { median, type ChildResult } from './child.js';
import type { IntentEntry } from './github-contract.js';
import { machineLine } from './machine.js';

export interface RunnerOutput {
  tool: string;
  loadMs: number;
  compareMs: number;
  totalMs: number;
  peakRssMb: number;
  verdicts: Record<string, 'pass' | 'fail'>;
  errorCodes: Record<string, string[]>;
}

interface ComparisonInput {
  signet: Array<ChildResult<RunnerOutput>>;
  pactflow: Array<ChildResult<RunnerOutput>>;
  /** Wall times (ms) of `signet compare` and PactFlow's `opc` CLI, spawn to exit. */
  cli: { signet: number[]; pactflow: number[] };
  /** Wall times (ms) of importing each tool's library in a fresh process, Node's own start-up subtracted. */
  imports: { signet: number[]; pactflow: number[] };
  intents: IntentEntry[];
  descriptions: string[];
  specBytes: number;
  contractBytes: number;
}

const TARGET_SPEED_UP = 10;
const TARGET_CLI_SPEED_UP = 30;
const TARGET_AGREEMENT = 0.95;
const TARGET_PEAK_MB = 1536;

export function renderComparison(input: ComparisonInput): string {
  const { signet, pactflow, intents } = input;
  const med = (runs: Array<ChildResult<RunnerOutput>>, pick: (r: ChildResult<RunnerOutput>) => number) =>
    median(runs.map(pick));
  const row = (label: string, pick: (r: ChildResult<RunnerOutput>) => number, unit: string) => {
    const [a, b] = [med(signet, pick), med(pactflow, pick)];
    return `| ${label} | ${fmt(a)} ${unit} | ${fmt(b)} ${unit} | ${(b / a).toFixed(1)}× |`;
  };
  const speedUp = med(pactflow, (r) => r.result.totalMs) / med(signet, (r) => r.result.totalMs);
  const [cliSignet, cliPactflow] = [median(input.cli.signet), median(input.cli.pactflow)];
  const cliSpeedUp = cliPactflow / cliSignet;
  const peak = med(signet, (r) => r.result.peakRssMb);
  const disagreements = intents.map((_, i) => i).filter((i) => verdict(signet, i) !== verdict(pactflow, i));
  const agreement = 1 - disagreements.length / intents.length;
  const lines = [
    '## Comparison: Signet vs PactFlow’s openapi-pact-comparator',
    '',
    `Input: GitHub’s REST spec (\`@octokit/openapi\`, \`generated/api.github.com.json\`, ${mb(input.specBytes)}) and a ` +
      `generated Pact v3 contract of ${intents.length.toLocaleString('en-US')} HTTP interactions (${mb(input.contractBytes)}; ` +
      `\`scripts/bench/github-contract.ts\`, seeded: ${intentSummary(intents)}).`,
    '',
    machineLine({ withNode22: true }),
    `Rounds: ${signet.length} for Signet (\`@signet/core\` dist), ${pactflow.length} for ` +
      `\`@pactflow/openapi-pact-comparator\`, each in a fresh process, interleaved. Medians:`,
    '',
    '| | Signet | PactFlow | PactFlow ÷ Signet |',
    '|---|---:|---:|---:|',
    row('spec load (read, parse, prepare)', (r) => r.result.loadMs, 'ms'),
    row('comparison (read + parse pact, compare)', (r) => r.result.compareMs, 'ms'),
    row('**end to end, in process**', (r) => r.result.totalMs, 'ms'),
    row('process wall time (incl. start-up; Signet’s includes the tsx loader)', (r) => r.wallMs, 'ms'),
    row('peak RSS', (r) => r.result.peakRssMb, 'MB'),
    importRow(input.imports),
    `| **as a user runs both: \`signet compare --json\` vs PactFlow’s \`opc\` CLI, spawn to exit** | ` +
      `${fmt(cliSignet)} ms | ${fmt(cliPactflow)} ms | ${cliSpeedUp.toFixed(1)}× |`,
    '',
    '| target | measured | met |',
    '|---|---|---|',
    `| ≥ ${TARGET_SPEED_UP}× faster end to end | ${speedUp.toFixed(1)}× | ${tick(speedUp >= TARGET_SPEED_UP)} |`,
    `| ≥ ${TARGET_CLI_SPEED_UP}× faster as a user runs both | ${cliSpeedUp.toFixed(1)}× | ${tick(cliSpeedUp >= TARGET_CLI_SPEED_UP)} |`,
    `| same verdict for ≥ 95% of interactions | ${pct(agreement)} (${intents.length - disagreements.length}/${intents.length}) | ${tick(agreement >= TARGET_AGREEMENT)} |`,
    `| peak memory < 1.5 GB | ${fmt(peak)} MB | ${tick(peak < TARGET_PEAK_MB)} |`,
    '',
    `Verdict = fail when the tool reports any error finding for the interaction. Against the generator’s intent: ` +
      `Signet ${pct(intentAgreement(signet, intents))}, PactFlow ${pct(intentAgreement(pactflow, intents))} ` +
      `(the generator’s intent, not ground truth). Each disagreement is judged in “Comparison: disagreements explained” below.`,
    codeAgreement(signet, pactflow, intents.length),
    ...stability(signet, 'Signet'),
    ...stability(pactflow, 'PactFlow'),
    '',
    `### Disagreements (${disagreements.length})`,
    '',
    ...disagreementTable(input, disagreements),
  ];
  return lines.join('\n');
}

function importRow({ signet, pactflow }: ComparisonInput['imports']): string {
  const [a, b] = [median(signet), median(pactflow)];
  return (
    '| start-up: `import()` of the library in a fresh process, less `node -e 0` (`@signet/core` dist, the comparator) | ' +
    `${fmt(a)} ms | ${fmt(b)} ms | ${(b / a).toFixed(1)}× |`
  );
}

function disagreementTable({ signet, pactflow, intents, descriptions }: ComparisonInput, indexes: number[]) {
  if (indexes.length === 0) return ['None.'];
  const codes = (runs: Array<ChildResult<RunnerOutput>>, i: number) =>
    (runs[0]!.result.errorCodes[i] ?? []).map((c) => `\`${c}\``).join(', ') || '—';
  return [
    '| # | interaction | generator intent | Signet | Signet errors | PactFlow | PactFlow errors |',
    '|---:|---|---|---|---|---|---|',
    ...indexes.map(
      (i) =>
        `| ${i} | ${descriptions[i]?.replaceAll('|', '\\|')} | ${intents[i]!.intent} | ${verdict(signet, i)} | ` +
        `${codes(signet, i)} | ${verdict(pactflow, i)} | ${codes(pactflow, i)} |`,
    ),
  ];
}

/** Beyond verdicts: where both tools fail an interaction, do they report the same set of error codes? */
function codeAgreement(
  signet: Array<ChildResult<RunnerOutput>>,
  pactflow: Array<ChildResult<RunnerOutput>>,
  total: number,
) {
  const codes = (runs: Array<ChildResult<RunnerOutput>>, i: number) =>
    [...(runs[0]!.result.errorCodes[i] ?? [])].sort().join(' ');
  const bothFail = Array.from({ length: total }, (_, i) => i).filter(
    (i) => verdict(signet, i) === 'fail' && verdict(pactflow, i) === 'fail',
  );
  const same = bothFail.filter((i) => codes(signet, i) === codes(pactflow, i)).length;
  return `Where both fail an interaction, they report the same set of error codes for ${same} of ${bothFail.length}.`;
}

function verdict(runs: Array<ChildResult<RunnerOutput>>, index: number) {
  return runs[0]!.result.verdicts[index] ?? 'missing';
}

function intentAgreement(runs: Array<ChildResult<RunnerOutput>>, intents: IntentEntry[]) {
  const same = intents.filter((e, i) => (e.intent === 'compatible') === (verdict(runs, i) === 'pass')).length;
  return same / intents.length;
}

/** Verdicts must not change between rounds; say so if they did. */
function stability(runs: Array<ChildResult<RunnerOutput>>, tool: string): string[] {
  const first = JSON.stringify(runs[0]!.result.verdicts);
  const varied = runs.some((r) => JSON.stringify(r.result.verdicts) !== first);
  return varied
    ? ['', `**Warning:** ${tool}’s verdicts differed between rounds; the first round’s are used.`]
    : [];
}

function intentSummary(intents: IntentEntry[]): string {
  const counts = new Map<string, number>();
  for (const { intent } of intents) counts.set(intent, (counts.get(intent) ?? 0) + 1);
  return [...counts].map(([intent, n]) => `${n} ${intent}`).join(', ');
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const pct = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;
const tick = (ok: boolean) => (ok ? 'yes' : '**no**');
