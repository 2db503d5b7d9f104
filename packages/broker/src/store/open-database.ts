import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Kysely, PostgresDialect, type Dialect } from 'kysely';
import { lockDataDir } from './data-dir-lock.js';
import type { Database } from './database.js';
import { migrateToLatest } from './migrate.js';
import { withNamedStatements } from './named-statements.js';
import { PGliteDialect } from './pglite-dialect.js';
import { pgliteStartParams } from './pglite-settings.js';
import { seedFromTemplate } from './pglite-template.js';

/** Where the data lives: an embedded PGlite directory, or a PostgreSQL server. */
export type DatabaseLocation = { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; url: string };

export interface OpenDatabaseOptions {
  /** Called before creating a new embedded database (initdb takes ~20 s), so the user knows why it waits. */
  onInitialise?: (dataDir: string) => void;
  /** Called when a new embedded database was copied from the build's template instead (see pglite-template.ts). */
  onSeeded?: (dataDir: string) => void;
  /** Where the template is; default the broker package's `pglite-template/`. */
  templateDir?: string;
  /** Connections in the PostgreSQL pool. */
  poolSize?: number;
  /** PostgreSQL: parameterised statements as named prepared statements (default true; see named-statements.ts). */
  preparedStatements?: boolean;
}

export interface OpenedDatabase {
  db: Kysely<Database>;
  /** Migrations applied by this open. */
  migrated: string[];
  close(): Promise<void>;
}

/**
 * Opens the database and brings its schema up to date. Both locations speak the same PostgreSQL SQL. An
 * embedded directory is locked for this process first (`DataDirLockedError` when another broker has it),
 * and unlocked by `close`.
 */
export async function openDatabase(
  location: DatabaseLocation,
  options: OpenDatabaseOptions = {},
): Promise<OpenedDatabase> {
  const lock = location.kind === 'embedded' ? await lockDataDir(location.dataDir) : undefined;
  let db: Kysely<Database> | undefined;
  try {
    const { dialect, migrated: afterMigrations } = await dialectFor(location, options);
    db = new Kysely<Database>({ dialect });
    const migrated = await migrateToLatest(db);
    afterMigrations?.();
    const opened = db;
    return {
      db,
      migrated,
      close: async () => {
        await opened.destroy();
        await lock?.release();
      },
    };
  } catch (error) {
    await db?.destroy();
    await lock?.release();
    throw error;
  }
}

/** True when the embedded data directory holds no database yet (PGlite will run initdb). */
export function needsInitialisation(dataDir: string): boolean {
  return !existsSync(join(dataDir, 'PG_VERSION'));
}

async function dialectFor(
  location: DatabaseLocation,
  options: OpenDatabaseOptions,
): Promise<{ dialect: Dialect; migrated?: () => void }> {
  // Each driver loads only where it is used: pg's modules are not on an embedded broker's start path.
  if (location.kind === 'postgres') {
    const { default: pg } = await import('pg');
    const named = withNamedStatements(
      // No JIT: the broker's queries are short, and PostgreSQL compiled the pacts-for-verification read (its
      // per-row subplans estimate far above jit_above_cost) for 0.3-1.6 s of a ~0.07 s query.
      new pg.Pool({
        connectionString: location.url,
        max: options.poolSize ?? 10,
        options: '-c jit=off',
      }),
    );
    return {
      dialect: new PostgresDialect({ pool: named.pool }),
      migrated: options.preparedStatements === false ? undefined : named.enable,
    };
  }
  if (needsInitialisation(location.dataDir)) {
    if (await seedFromTemplate(location.dataDir, options.templateDir)) options.onSeeded?.(location.dataDir);
    else {
      options.onInitialise?.(location.dataDir);
      await mkdir(location.dataDir, { recursive: true });
    }
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create(location.dataDir, {
    startParams: pgliteStartParams(PGlite.defaultStartParams),
  });
  return { dialect: new PGliteDialect(pglite) };
}
