import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import '../testing/provided-context.js';
import { migrations } from './migrations/index.js';
import { openDatabase } from './open-database.js';
import { ensureTemplate, seedFromTemplate, templateIsCurrent } from './pglite-template.js';
import { createStore } from './store.js';

describe('the embedded database template', () => {
  let root: string;
  let templateDir: string;
  const events: string[] = [];
  const open = (dataDir: string) =>
    openDatabase(
      { kind: 'embedded', dataDir },
      {
        templateDir,
        onSeeded: () => events.push('seeded'),
        onInitialise: () => events.push('initdb'),
      },
    );

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'signet-template-test-'));
    templateDir = join(root, 'template');
    // The run's initdb'd (unmigrated) PGlite directory stands in for initdb, which takes 10–20 s.
    const outcome = await ensureTemplate(async (dataDir) => {
      await cp(inject('pgliteTemplate'), dataDir, { recursive: true });
      const database = await openDatabase({ kind: 'embedded', dataDir }, { templateDir: join(root, 'none') });
      expect(database.migrated).toEqual(Object.keys(migrations));
      await database.close();
    }, templateDir);
    expect(outcome).toBe('built');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('serves a fresh data directory from the template: no initdb, no migration run again', async () => {
    const dataDir = join(root, 'fresh');
    events.length = 0;
    const database = await open(dataDir);
    try {
      expect(events).toEqual(['seeded']);
      expect(database.migrated).toEqual([]);
      const store = createStore(database.db);
      await store.transaction((tx) => tx.services.ensure('inventory'));
      expect((await store.services.find('inventory'))?.name).toBe('inventory');
    } finally {
      await database.close();
    }
    // The broker's lock is released and the template's manifest was not copied.
    expect(existsSync(join(dataDir, 'signet-template.json'))).toBe(false);
  });

  it('reopens a data directory without initdb or the template, keeping its data', async () => {
    const dataDir = join(root, 'fresh');
    events.length = 0;
    const database = await open(dataDir);
    try {
      expect(events).toEqual([]);
      expect(database.migrated).toEqual([]);
      expect((await createStore(database.db).services.find('inventory'))?.name).toBe('inventory');
    } finally {
      await database.close();
    }
  });

  it('is rebuilt when built for other migrations, and kept when current', async () => {
    expect(templateIsCurrent(templateDir)).toBe(true);
    expect(await ensureTemplate(() => Promise.reject(new Error('must not rebuild')), templateDir)).toBe(
      'current',
    );
    const manifest = join(templateDir, 'signet-template.json');
    const built = JSON.parse(await readFile(manifest, 'utf8')) as { migrations: string[] };
    await writeFile(manifest, JSON.stringify({ ...built, migrations: built.migrations.slice(0, 2) }));
    expect(templateIsCurrent(templateDir)).toBe(false);
  });

  it('leaves a new data directory to initdb when there is no template', async () => {
    expect(await seedFromTemplate(join(root, 'other'), join(root, 'missing'))).toBe(false);
    expect(existsSync(join(root, 'other'))).toBe(false);
  });
});
