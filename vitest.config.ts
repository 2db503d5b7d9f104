import { defineConfig } from 'vitest/config';

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

export default defineConfig({
  resolve: { conditions: ['@signet/source'] },
  ssr: { resolve: { conditions: ['@signet/source'] } },
  test: {
    testTimeout: 30_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', ...brokerTests],
        },
      },
      {
        extends: true,
        test: {
          name: 'broker',
          include: brokerTests,
          globalSetup: ['packages/broker/src/testing/global-setup.ts'],
          // Every file opens and migrates its own database, which takes seconds on a busy machine.
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
