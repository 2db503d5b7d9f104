import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The web UI bundles this package: its code must not import Node's modules (tests may).
describe('@signet/client in browsers', () => {
  it('imports no node: or Node built-in module outside tests', async () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const sources = (await readdir(dir, { recursive: true })).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
    );
    expect(sources.length).toBeGreaterThan(10);
    const offenders: string[] = [];
    for (const file of sources) {
      const text = await readFile(`${dir}/${file}`, 'utf8');
      for (const match of text.matchAll(/from '([^']+)'/g)) {
        if (!match[1]!.startsWith('./')) offenders.push(`${file}: ${match[1]}`);
      }
      if (/\bprocess\.|\bBuffer\b|require\(/.test(text)) offenders.push(`${file}: Node global`);
    }
    expect(offenders).toEqual([]);
  });
});
