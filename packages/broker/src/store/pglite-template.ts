import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { LOCK_FILE } from './data-dir-lock.js';
import { migrations } from './migrations/index.js';

/**
 * PGlite's initdb takes 10–20 s, opening a directory under a second. So `npm install` (the build) initialises and
 * migrates one embedded database once, here, and a broker's first start copies it instead of running initdb.
 * Beside `dist/` and `src/`, so the built and the source broker find the same one; not committed (it is built for
 * the installed PGlite).
 */
export const defaultTemplateDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'pglite-template',
);

const require = createRequire(import.meta.url);

/** What a template was built with: a template from another PGlite, or with other migrations, is rebuilt. */
const MANIFEST = 'signet-template.json';

interface Manifest {
  pglite: string;
  migrations: string[];
}

function currentManifest(): Manifest {
  const pglitePackage = join(dirname(require.resolve('@electric-sql/pglite/pglite.wasm')), '..');
  const { version } = JSON.parse(readFileSync(join(pglitePackage, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { pglite: version, migrations: Object.keys(migrations).sort() };
}

/** True when `dir` holds a template built with this PGlite and these migrations. */
export function templateIsCurrent(dir = defaultTemplateDir): boolean {
  if (!existsSync(join(dir, 'PG_VERSION')) || !existsSync(join(dir, MANIFEST))) return false;
  try {
    const built = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
    return JSON.stringify(built) === JSON.stringify(currentManifest());
  } catch {
    return false;
  }
}

/**
 * Builds the template in `dir` with `initialise` (which must create, migrate and close an embedded database in
 * the directory it is given), unless a current one is there. Built aside and renamed into place, so a reader
 * never sees half a template.
 */
export async function ensureTemplate(
  initialise: (dataDir: string) => Promise<void>,
  dir = defaultTemplateDir,
): Promise<'current' | 'built'> {
  if (templateIsCurrent(dir)) return 'current';
  const building = `${dir}.building-${process.pid}`;
  await rm(building, { recursive: true, force: true });
  await mkdir(building, { recursive: true });
  try {
    await initialise(building);
    await rm(join(building, LOCK_FILE), { force: true });
    await writeFile(join(building, MANIFEST), JSON.stringify(currentManifest()));
    await rm(dir, { recursive: true, force: true });
    await rename(building, dir);
    return 'built';
  } finally {
    await rm(building, { recursive: true, force: true });
  }
}

/**
 * Fills a new data directory from the template; false (nothing copied) when there is no template. A template
 * older than the code is still a good start: the migrations it lacks run on open, as for any older database.
 */
export async function seedFromTemplate(dataDir: string, dir = defaultTemplateDir): Promise<boolean> {
  if (!existsSync(join(dir, 'PG_VERSION')) || !existsSync(join(dir, MANIFEST))) return false;
  const built = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Manifest;
  if (built.pglite !== currentManifest().pglite) return false;
  await mkdir(dataDir, { recursive: true });
  await cp(dir, dataDir, { recursive: true, filter: (source) => !source.endsWith(MANIFEST) });
  return true;
}
