import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@signet/source'] },
  ssr: { resolve: { conditions: ['@signet/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 30_000,
    reporters: ['default'],
  },
});
