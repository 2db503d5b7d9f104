import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { SlowTestsFirst } from './scripts/test-order.js';

// Broker tests run as their own project so their global setup (one PGlite template per run) only runs when
// broker tests do.
// The client's tests and the CLI's broker-backed tests (`*.broker.test.ts`) run a real in-process broker too.
const brokerTests = [
  'packages/broker/src/**/*.test.ts',
  'packages/client/src/**/*.test.ts',
  'packages/cli/src/**/*.broker.test.ts',
  // The attack suite starts real broker processes on copies of the run's PGlite template.
  'e2e/attack/**/*.test.ts',
];

// vitest's default is one worker per core minus one: on a 2-core machine a single worker, every file in turn, one core
// idle (a CI run never had two files running at once). SIGNET_TEST_WORKERS overrides.
const workers = Number(process.env['SIGNET_TEST_WORKERS']) || Math.max(2, availableParallelism());

export default defineConfig({
  resolve: { conditions: ['@signet/source'] },
  ssr: { resolve: { conditions: ['@signet/source'] } },
  test: {
    maxWorkers: workers,
    sequence: { sequencer: SlowTestsFirst },
    // Limits for a machine many times slower than usual (a test's own checks say what went wrong before these
    // trip): property tests are budgeted by run count, and a busy machine stretches their wall time tenfold.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', ...brokerTests],
          // As the broker project: one module graph per worker, not per file (the 215 files: 164 s instead of 206 s
          // with two workers, imports 16 s instead of 47 s; a quiet run, 18:00 UTC). SIGNET_TEST_ISOLATE=1 restores it.
          isolate: process.env['SIGNET_TEST_ISOLATE'] === '1',
        },
      },
      {
        extends: true,
        test: {
          name: 'broker',
          include: brokerTests,
          globalSetup: ['packages/broker/src/testing/global-setup.ts'],
          // A worker runs its files one after another in one module graph instead of a fresh one per file: loading
          // the broker and PGlite cost ~4 s of CPU per file, and took half the CPU of a sample of 24 of these files.
          // Each file still opens its own database copy and closes what it starts.
          isolate: process.env['SIGNET_TEST_ISOLATE'] === '1',
        },
      },
    ],
  },
});
