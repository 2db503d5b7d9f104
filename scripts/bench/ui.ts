/**
 * Benchmark section `ui`: the built broker (own process, PGlite) over the generated history of ui-history.ts,
 * and headless Chromium timing how long the graph (300 services, 1,500 integrations), an integration's matrix and
 * the timeline take to render, from navigation start to the page's content on screen. Each page is loaded in a
 * fresh browser context (cold browser cache) several times; medians are quoted.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import { chromiumMissingReason, launchChromium } from '../../e2e/ui/chromium.js';
import { loadStatements } from './bench-database.js';
import { SERVICES } from './broker-history.js';
import { startBrokerProcess } from '../../packages/broker/src/testing/broker-process.js';
import { machineLine } from './machine.js';
import { repoRoot } from './paths.js';
import type { RunSection } from './section.js';
import { EVENTS, uiHistoryStatements } from './ui-history.js';
import { timeFilterTyping } from './ui-typing.js';

const ROUNDS = 5;
const builtUi = join(repoRoot, 'packages/web/dist/index.html');

interface PageBench {
  name: string;
  path: string;
  target: number;
  /** Resolves once the page shows its content. */
  ready: (page: Page) => Promise<void>;
}

const pages: PageBench[] = [
  {
    name: `Service graph (${SERVICES} services, 1,500 integrations)`,
    path: '/',
    target: 1500,
    ready: async (page) => {
      await page.locator('.react-flow__node').first().waitFor();
      await page.getByRole('heading', { name: 'Integrations (1500)' }).waitFor();
    },
  },
  {
    name: 'Service page (versions, integrations, contracts, specs, what consumers use)',
    path: '/services/service-002',
    target: 1500,
    ready: async (page) => {
      await page.getByTestId('service-versions').locator('tbody tr').first().waitFor();
      await page.getByTestId('service-specs').locator('tbody tr').first().waitFor();
      await page.getByTestId('service-usage').waitFor();
    },
  },
  {
    name: 'Version page (verifications, compatibility, deploy guard in 3 environments)',
    path: '/services/service-002/versions/1.0.95',
    target: 1500,
    ready: async (page) => {
      await page.getByTestId('verification').first().waitFor();
      for (let i = 0; i < 3; i++)
        await page.getByTestId('version-guard').nth(i).locator('.badge').first().waitFor();
    },
  },
  {
    name: 'Integration page: matrix (first page, 100 rows) and the selected comparison',
    path: '/integrations/service-001/service-002',
    target: 1000,
    ready: async (page) => {
      await page.getByTestId('matrix').locator('td .badge').first().waitFor();
      await page.getByTestId('comparison-summary').waitFor();
    },
  },
  {
    name: `Timeline (${EVENTS.toLocaleString('en')} events, first page of 50)`,
    path: '/timeline',
    target: 1000,
    ready: async (page) => {
      await page.getByTestId('timeline').locator('li').nth(49).waitFor();
    },
  },
];

async function timePage(browser: Browser, url: string, bench: PageBench): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS + 1; round++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const started = performance.now();
    await page.goto(url + bench.path);
    await bench.ready(page);
    const elapsed = performance.now() - started;
    // The first round warms the broker's caches and the page cache of the database; it is not counted.
    if (round > 0) times.push(elapsed);
    await context.close();
  }
  return times.sort((a, b) => a - b);
}

export const run: RunSection = async () => {
  const machine = machineLine();
  const missing = chromiumMissingReason();
  if (missing !== undefined) return `## Web UI\n\n${machine}\n\nNot measured: ${missing}.`;
  if (!existsSync(builtUi))
    return `## Web UI\n\n${machine}\n\nNot measured: ${builtUi} is missing (npm run build).`;
  const dataDir = join(repoRoot, 'bench-results/ui-pglite');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  console.error('UI: loading the history into PGlite (initdb first)…');
  const loadSeconds = await loadStatements({ kind: 'embedded', dataDir }, uiHistoryStatements());
  const broker = await startBrokerProcess(['--data-dir', dataDir]);
  const browser = await launchChromium();
  const rows: string[] = [];
  try {
    for (const bench of pages) {
      console.error(`UI: ${bench.name}…`);
      const times = await timePage(browser, broker.url, bench);
      const median = times[Math.floor(times.length / 2)]!;
      const ok = median < bench.target ? '✅' : '❌';
      rows.push(
        `| ${bench.name} | ${median.toFixed(0)} ms ${ok} | < ${bench.target} ms | ${times[0]!.toFixed(0)}–${times.at(-1)!.toFixed(0)} ms |`,
      );
    }
    console.error('UI: typing in the graph filter…');
    const typing = await timeFilterTyping(browser, broker.url);
    rows.push(
      `| Graph filter: one keystroke, input to the next frame (${typing.keystrokes.length} keystrokes) | ${typing.keystrokeMedian.toFixed(0)} ms ${typing.keystrokeMedian < 50 ? '✅' : '❌'} | < 50 ms | ${typing.keystrokes[0]!.toFixed(0)}–${typing.keystrokes.at(-1)!.toFixed(0)} ms |`,
      `| Graph filter: last keystroke to the matches drawn (200 ms debounce included) | ${typing.settleMedian.toFixed(0)} ms | — | ${typing.settles[0]!.toFixed(0)}–${typing.settles.at(-1)!.toFixed(0)} ms |`,
    );
  } finally {
    await browser.close();
    await broker.stop();
  }
  const markdown = [
    '## Web UI: time to render in headless Chromium',
    '',
    machine,
    '',
    `History: the broker section's (${SERVICES} services, 30,000 versions, 150,000 contracts, 1,500 integrations) plus ` +
      `${EVENTS.toLocaleString('en')} timeline events, in PGlite (loaded in ${loadSeconds.toFixed(0)} s). Time from ` +
      'navigation start to the content on screen (graph laid out and drawn with its integration list; a service’s ' +
      'versions, specs and usage; a version’s verifications and its deploy guard in every environment; the matrix grid ' +
      'and the selected comparison; 50 timeline rows), in a fresh browser context each time (nothing cached), ' +
      `median of ${ROUNDS} after one warm-up; the built broker in its own process serves the built UI. Above 40 ` +
      'services the graph uses the UI’s linear layered layout instead of ELK’s (seconds at this size). Filter ' +
      'typing: 10 characters typed 100 ms apart into the graph filter, each timed from its input event to the next ' +
      'frame after it (what the typist waits for); then, over 5 filters, from the last keystroke to the matching ' +
      'nodes drawn.',
    '',
    '| page | median | target | range |',
    '| ---- | -----: | -----: | ----: |',
    ...rows,
  ].join('\n');
  console.error(markdown);
  return markdown;
};
