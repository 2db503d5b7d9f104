import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';

import './provided-context.js';

/**
 * Runs once per test run of the broker project: PGlite's initdb is slow (seconds), opening a copy is fast.
 * The template has no schema, so every test database still runs the real migrations from scratch.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'signet-pglite-template-'));
  const dataDir = join(root, 'data');
  const pglite = await PGlite.create(dataDir);
  await pglite.close();
  project.provide('pgliteTemplate', dataDir);
  return () => rm(root, { recursive: true, force: true });
}
