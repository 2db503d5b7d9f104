import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import './provided-context.js';
import { openDatabase, type OpenedDatabase } from '../store/index.js';

/** A database for one test file, dropped or deleted by `close`. */
export interface TestDatabase extends OpenedDatabase {
  /** Connection URL, for PostgreSQL test databases (a second broker may open it too). */
  url?: string;
}

export interface PGliteTestDatabaseOptions {
  /**
   * Start from the run's empty template, so this open runs every migration (`migrated` lists them): for tests
   * of the migrations themselves. Default: the run's migrated template, where the open runs none.
   */
  fromEmpty?: boolean;
}

/** A private copy of one of the run's PGlite templates, migrated. */
export async function openPGliteTestDatabase(options: PGliteTestDatabaseOptions = {}): Promise<TestDatabase> {
  const root = await mkdtemp(join(tmpdir(), 'signet-pglite-'));
  const dataDir = join(root, 'data');
  await cp(inject(options.fromEmpty === true ? 'pgliteTemplate' : 'pgliteMigratedTemplate'), dataDir, {
    recursive: true,
  });
  const opened = await openDatabase({ kind: 'embedded', dataDir });
  return { ...opened, close: () => opened.close().then(() => rm(root, { recursive: true, force: true })) };
}

/** A fresh database on the server at `serverUrl`, migrated, dropped on close. */
export async function openPostgresTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `signet_test_${randomUUID().replaceAll('-', '')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const opened = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    ...opened,
    url: url.toString(),
    close: async () => {
      await opened.close();
      await adminQuery(serverUrl, `drop database if exists ${name}`);
    },
  };
}

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The PostgreSQL server the suite may use, or why it may not. */
export function postgresForTests(): { url: string } | { skipReason: string; mustFail: boolean } {
  const url = process.env['SIGNET_TEST_DATABASE_URL'];
  if (url) return { url };
  return {
    skipReason: 'SIGNET_TEST_DATABASE_URL is not set (start a server with scripts/start-test-postgres.sh)',
    mustFail: process.env['CI'] === 'true',
  };
}
