/** Databases for the broker benches: a generated history loaded statement by statement, a scratch PostgreSQL. */
import { performance } from 'node:perf_hooks';
import { openDatabase, type DatabaseLocation } from '@signet/broker';
import { sql } from 'kysely';
import pg from 'pg';

/** Runs `statements` on a freshly migrated database at `location`; returns the seconds they took. */
export async function loadStatements(
  location: DatabaseLocation,
  statements: Array<{ label: string; sql: string }>,
): Promise<number> {
  const opened = await openDatabase(location);
  try {
    const started = performance.now();
    for (const statement of statements) {
      const step = performance.now();
      await sql.raw(statement.sql).execute(opened.db);
      console.error(`  ${statement.label}: ${((performance.now() - step) / 1000).toFixed(1)} s`);
    }
    return (performance.now() - started) / 1000;
  } finally {
    await opened.close();
  }
}

/**
 * Creates a database `<prefix>_<now>` on `serverUrl`'s server, hands its URL to `use`, and drops it afterwards
 * in every outcome.
 */
export async function withScratchDatabase<T>(
  serverUrl: string,
  prefix: string,
  use: (url: string) => Promise<T>,
): Promise<T> {
  const name = `${prefix}_${Date.now()}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await use(url.toString());
  } finally {
    await admin(`drop database if exists ${name}`);
  }
}
