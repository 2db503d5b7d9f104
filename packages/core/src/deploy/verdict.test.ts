import { describe, expect, it } from 'vitest';
import { verdictOf } from './verdict.js';

describe('verdictOf', () => {
  it.each([
    [[], 'safe'],
    [['ok', 'ok'], 'safe'],
    [['ok', 'unknown'], 'unknown'],
    [['unknown', 'blocks', 'ok'], 'unsafe'],
  ] as const)('%j → %s', (effects, verdict) => {
    expect(verdictOf(effects)).toBe(verdict);
  });
});
