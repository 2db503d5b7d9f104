/** The store: one interface, PostgreSQL SQL over PGlite (embedded) or node-postgres. */
export { createStore, type Store } from './store.js';
export { openDatabase, type DatabaseLocation, type OpenedDatabase } from './open-database.js';
export { MigrationError } from './migrate.js';
export { DataDirLockedError } from './data-dir-lock.js';
export { contentSha } from './documents.js';
export { defaultPageSize, maxPageSize, type Page, type PageRequest } from './page.js';
export type * from './records.js';
export type { IntegrationRow } from './integrations.js';
export type { MatrixFilter, MatrixRow, MatrixStatus } from './matrix.js';
export { allPages } from './all-pages.js';
