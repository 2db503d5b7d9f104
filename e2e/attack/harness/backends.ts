import { describe, expect, it } from 'vitest';
import { postgresServer, type Backend } from './attack-broker.js';

/**
 * Declares `suite` once per backend: always on PGlite; on PostgreSQL when `SIGNET_TEST_DATABASE_URL` is set,
 * failing under `CI=true` when it is not, and otherwise skipped with the reason said.
 */
export function describeOnBackends(title: string, suite: (backend: Backend) => void): void {
  describe(`${title} (PGlite)`, () => suite('pglite'));
  if (postgresServer() !== undefined) {
    describe(`${title} (PostgreSQL)`, () => suite('postgres'));
  } else if (process.env['CI'] === 'true') {
    describe(`${title} (PostgreSQL)`, () => {
      it('has a PostgreSQL server to run on in CI', () => {
        expect.fail('CI=true but SIGNET_TEST_DATABASE_URL is not set');
      });
    });
  } else {
    console.warn(`[signet] ${title} on PostgreSQL SKIPPED: SIGNET_TEST_DATABASE_URL is not set`);
    describe.skip(`${title} (PostgreSQL) — SKIPPED: SIGNET_TEST_DATABASE_URL is not set`, () => {
      it('runs on PostgreSQL', () => {});
    });
  }
}
