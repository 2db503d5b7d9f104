import { describe, expect, it } from 'vitest';
import { postgresForTests } from './test-database.js';

/**
 * Declares a suite that needs a real PostgreSQL server: it runs when `SIGNET_TEST_DATABASE_URL` is set,
 * fails in CI when it is not (CI must prove PostgreSQL), and is skipped with the reason said loudly otherwise.
 */
export function describeOnPostgres(title: string, suite: (serverUrl: string) => void): void {
  const server = postgresForTests();
  if ('url' in server) {
    describe(`${title} on PostgreSQL`, () => suite(server.url));
  } else if (server.mustFail) {
    describe(`${title} on PostgreSQL`, () => {
      it('has a server to run on in CI', () => {
        expect.fail(`CI=true but ${server.skipReason}`);
      });
    });
  } else {
    console.warn(`[signet] ${title} on PostgreSQL skipped: ${server.skipReason}`);
    // The suite's own tests, reported skipped under a name that says why (none of its hooks run).
    describe.skip(`${title} on PostgreSQL — SKIPPED: ${server.skipReason}`, () =>
      suite('postgres://unavailable'));
  }
}
