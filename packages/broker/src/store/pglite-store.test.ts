import { describeStoreConformance } from '../testing/store-conformance.js';
import { openPGliteTestDatabase } from '../testing/test-database.js';

describeStoreConformance('PGlite', openPGliteTestDatabase);
