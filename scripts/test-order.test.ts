import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestSpecification, Vitest } from 'vitest/node';
import { describe, expect, it } from 'vitest';
import { SlowTestsFirst, slowTestFiles, unlistedTier } from './test-order.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Just what the sequencer reads of a spec: its file and its project. */
const spec = (project: string, file: string) =>
  ({
    moduleId: `${root}${file}`,
    project: { name: project, config: { sequence: { groupOrder: 0 }, isolate: true } },
  }) as unknown as TestSpecification;

/** A run with no cache of earlier durations or sizes, as on a clean clone. */
const cleanClone = {
  config: { root },
  cache: { getFileTestResults: () => undefined, getFileStats: () => undefined },
} as unknown as Vitest;

describe('SlowTestsFirst', () => {
  it('lists only files that exist (a renamed file would silently lose its head start)', () => {
    expect(slowTestFiles.filter((file) => !existsSync(`${root}${file}`))).toEqual([]);
    expect(new Set(slowTestFiles).size).toBe(slowTestFiles.length);
  });

  it('starts the listed files first, slowest first, across projects; the rest keep vitest order', async () => {
    const files = [
      spec('unit', 'packages/core/src/deploy/reason.test.ts'),
      spec('unit', 'e2e/ui/every-page.test.ts'),
      spec('broker', 'packages/broker/src/tokens/revoke-token.test.ts'),
      spec('broker', 'e2e/attack/redos.attack.test.ts'),
    ];
    const sorted = await new SlowTestsFirst(cleanClone).sort(files);
    expect(sorted.map((s) => s.moduleId.slice(root.length))).toEqual([
      'e2e/attack/redos.attack.test.ts',
      'e2e/ui/every-page.test.ts',
      'packages/broker/src/tokens/revoke-token.test.ts',
      'packages/core/src/deploy/reason.test.ts',
    ]);
  });

  it('starts an unlisted file by its kind: browser and attack files, then processes and properties, then broker files', async () => {
    const files = [
      spec('unit', 'packages/core/src/deploy/not-listed.test.ts'),
      spec('broker', 'packages/broker/src/not-listed.test.ts'),
      spec('unit', 'packages/core/src/not-listed.property.test.ts'),
      spec('broker', 'packages/broker/src/webhooks/not-listed.process.test.ts'),
      spec('unit', 'e2e/ui/not-listed.test.ts'),
      spec('broker', 'e2e/attack/not-listed.attack.test.ts'),
      spec('broker', 'e2e/attack/redos.attack.test.ts'),
    ];
    const sorted = await new SlowTestsFirst(cleanClone).sort(files);
    const order = sorted.map((s) => s.moduleId.slice(root.length));
    // Within a tier, vitest's own order decides.
    expect(order[0]).toBe('e2e/attack/redos.attack.test.ts');
    expect(new Set(order.slice(1, 3))).toEqual(
      new Set(['e2e/ui/not-listed.test.ts', 'e2e/attack/not-listed.attack.test.ts']),
    );
    expect(new Set(order.slice(3, 5))).toEqual(
      new Set([
        'packages/core/src/not-listed.property.test.ts',
        'packages/broker/src/webhooks/not-listed.process.test.ts',
      ]),
    );
    expect(order.slice(5)).toEqual([
      'packages/broker/src/not-listed.test.ts',
      'packages/core/src/deploy/not-listed.test.ts',
    ]);
    expect(unlistedTier('e2e/not-listed.test.ts', 'unit')).toBe(1);
  });
});
