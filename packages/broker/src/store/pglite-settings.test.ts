import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openPGliteTestDatabase } from '../testing/test-database.js';
import { pgliteMemorySettings, pgliteStartParams } from './pglite-settings.js';

describe('the embedded database memory bounds', () => {
  it('keep PGlite’s own start parameters first, then set each bound', () => {
    const params = pgliteStartParams(['--single', '-F']);
    expect(params.slice(0, 2)).toEqual(['--single', '-F']);
    expect(params).toContain('shared_buffers=16MB');
    expect(params.filter((param) => param === '-c')).toHaveLength(Object.keys(pgliteMemorySettings).length);
  });

  it('are in force in an opened embedded database', async () => {
    const database = await openPGliteTestDatabase();
    try {
      for (const [name, value] of Object.entries(pgliteMemorySettings)) {
        const { rows } = await sql<{ setting: string }>`select current_setting(${name}) as setting`.execute(
          database.db,
        );
        expect({ name, setting: rows[0]?.setting }).toEqual({ name, setting: value });
      }
    } finally {
      await database.close();
    }
  });
});
