import { describeOnPostgres } from '../testing/postgres-suite.js';
import { describeStoreConformance } from '../testing/store-conformance.js';
import { openPostgresTestDatabase } from '../testing/test-database.js';

// The same conformance suite as on PGlite; skipped (loudly) without a server, failing in CI.
describeOnPostgres('store', (serverUrl) => {
  describeStoreConformance('PostgreSQL', () => openPostgresTestDatabase(serverUrl));
});
