import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshBundle, loadComparison } from './comparison-loader.js';
import * as comparison from './comparison.js';

describe('freshBundle', () => {
  let dir: string;
  let manifestUrl: URL;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'signet-bundle-'));
    manifestUrl = pathToFileURL(path.join(dir, 'comparison.bundle.json'));
    await writeFile(path.join(dir, 'a.js'), 'export const a = 1;\n');
    await writeFile(path.join(dir, 'b.js'), 'export const b = 2;\n');
    await writeFile(path.join(dir, 'comparison.bundle.js'), 'export const a = 1, b = 2;\n');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function writeManifest(inputs: string[]): Promise<void> {
    const entries = await Promise.all(
      inputs.map(async (name) => {
        const file = path.join(dir, name);
        const { mtimeMs, size } = await stat(file);
        return {
          path: name,
          mtimeMs,
          size,
          sha1: createHash('sha1')
            .update(await readFile(file))
            .digest('hex'),
        };
      }),
    );
    await writeFile(
      path.join(dir, 'comparison.bundle.json'),
      JSON.stringify({ bundle: 'comparison.bundle.js', inputs: entries }),
    );
  }

  it('names the bundle while every module it holds is as recorded', async () => {
    await writeManifest(['a.js', 'b.js']);
    expect(freshBundle(manifestUrl)?.href).toBe(pathToFileURL(path.join(dir, 'comparison.bundle.js')).href);
  });

  it('refuses it once a module was rebuilt with another size', async () => {
    await writeManifest(['a.js', 'b.js']);
    await writeFile(path.join(dir, 'b.js'), 'export const b = 20;\n');
    expect(freshBundle(manifestUrl)).toBeUndefined();
  });

  it('refuses it once a module was rewritten with the same size but other content (its mtime moved)', async () => {
    await writeManifest(['a.js', 'b.js']);
    await writeFile(path.join(dir, 'a.js'), 'export const a = 9;\n');
    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(dir, 'a.js'), later, later);
    expect(freshBundle(manifestUrl)).toBeUndefined();
  });

  it('keeps it when only the mtimes moved, as npm packs every file with one date', async () => {
    await writeManifest(['a.js', 'b.js']);
    const packed = new Date('1985-10-26T08:15:00Z');
    await utimes(path.join(dir, 'a.js'), packed, packed);
    await utimes(path.join(dir, 'b.js'), packed, packed);
    expect(freshBundle(manifestUrl)).toBeDefined();
  });

  it('refuses it when a module is gone, the bundle is gone, or the manifest is missing, broken or empty', async () => {
    await writeManifest(['a.js', 'b.js']);
    await rm(path.join(dir, 'a.js'));
    expect(freshBundle(manifestUrl)).toBeUndefined();

    await writeManifest(['b.js']);
    await rm(path.join(dir, 'comparison.bundle.js'));
    expect(freshBundle(manifestUrl)).toBeUndefined();

    await writeFile(path.join(dir, 'comparison.bundle.js'), 'export {};\n');
    await writeFile(path.join(dir, 'comparison.bundle.json'), '{ not json');
    expect(freshBundle(manifestUrl)).toBeUndefined();
    await writeFile(
      path.join(dir, 'comparison.bundle.json'),
      JSON.stringify({ bundle: 'comparison.bundle.js', inputs: [] }),
    );
    expect(freshBundle(manifestUrl)).toBeUndefined();
    await rm(path.join(dir, 'comparison.bundle.json'));
    expect(freshBundle(manifestUrl)).toBeUndefined();
  });
});

describe('loadComparison', () => {
  it('without a bundle (running from the sources) loads the modules themselves, once', async () => {
    const first = await loadComparison();
    expect(first.compare).toBe(comparison.compare);
    expect(first.SpecError).toBe(comparison.SpecError);
    expect(await loadComparison()).toBe(first);
  });
});
