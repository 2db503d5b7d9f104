import { describe } from 'vitest';
import { describeOnPostgres } from '@signet/broker/testing';
import type { Backend } from './attack-broker.js';

/**
 * Declares `suite` once per backend: always on PGlite, and on PostgreSQL as every PostgreSQL suite of the
 * broker is (`describeOnPostgres`: runs with `SIGNET_TEST_DATABASE_URL`, fails under `CI=true` without it,
 * else skipped with the reason said).
 */
export function describeOnBackends(title: string, suite: (backend: Backend) => void): void {
  describe(`${title} (PGlite)`, () => suite('pglite'));
  describeOnPostgres(title, () => suite('postgres'));
}
