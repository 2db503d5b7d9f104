import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../store/open-database.js';

import './provided-context.js';

/**
 * Runs once per test run of the broker project: PGlite's initdb is slow (seconds), opening a copy is fast.
 * Two templates: an empty one, for the tests of migrations and of a first start, and a copy of it migrated here by
 * this run's code (not the build's `pglite-template/`, which may be older than the source or rebuilt by another
 * run meanwhile), for every other test database.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'signet-pglite-template-'));
  try {
    const dataDir = join(root, 'data');
    const pglite = await PGlite.create(dataDir);
    await pglite.close();
    const migratedDir = join(root, 'migrated');
    await cp(dataDir, migratedDir, { recursive: true });
    const migrated = await openDatabase(
      { kind: 'embedded', dataDir: migratedDir },
      { templateDir: join(root, 'none') },
    );
    await migrated.close();
    project.provide('pgliteTemplate', dataDir);
    project.provide('pgliteMigratedTemplate', migratedDir);
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return () => rm(root, { recursive: true, force: true });
}
