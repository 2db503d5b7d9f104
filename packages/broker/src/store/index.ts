/** The store: one interface, PostgreSQL SQL over PGlite (embedded) or node-postgres. */
export { createStore, type Store } from './store.js';
export { openDatabase, type DatabaseLocation, type OpenedDatabase } from './open-database.js';
export { MigrationError } from './migrate.js';
export { DataDirLockedError } from './data-dir-lock.js';
export { contentSha } from '../documents/document-store.js';
export { defaultPageSize, maxPageSize, type Page, type PageRequest } from './page.js';
export type * from './records.js';
export type { IntegrationRow } from '../graph/integration-store.js';
export type { MatrixFilter, MatrixRow, MatrixStatus } from '../matrix/matrix-store.js';
export { allPages } from './all-pages.js';
