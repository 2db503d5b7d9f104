import { describe, expect, it } from 'vitest';
import { pactDeployable } from './pact-deployable.js';

describe('pactDeployable (the Pact Broker rule for summary.deployable)', () => {
  it.each([
    [['ok', 'ok'], false, true],
    [[], false, true],
    [['ok', 'blocks'], false, false],
    [['blocks', 'unknown'], false, null],
    [['ok', 'unknown'], false, null],
    [['ok'], true, false],
    [['unknown'], true, false],
  ] as const)('%j with a missing version %s → %s', (effects, missingVersion, expected) => {
    expect(pactDeployable(effects, missingVersion)).toBe(expected);
  });
});
