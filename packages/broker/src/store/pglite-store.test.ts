import { describeStoreConformance } from '../testing/store-conformance.js';
import { openPGliteTestDatabase } from '../testing/test-database.js';

// From the empty template: the suite checks that a fresh database gets every migration in order.
describeStoreConformance('PGlite', () => openPGliteTestDatabase({ fromEmpty: true }));
