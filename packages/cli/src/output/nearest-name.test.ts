import { describe, expect, it } from 'vitest';
import { didYouMean, nearestName } from './nearest-name.js';

const events = ['spec.published', 'contract.published', 'verification.succeeded', 'verification.failed'];

describe('nearestName', () => {
  it('finds the name a typo was meant to be: a missing, extra, wrong or swapped letter, any case', () => {
    expect(nearestName('verificaton.succeeded', events)).toBe('verification.succeeded');
    expect(nearestName('spec.publishedd', events)).toBe('spec.published');
    expect(nearestName('Verification.Failed', events)).toBe('verification.failed');
    expect(nearestName('contarct.published', events)).toBe('contract.published');
  });

  it('suggests nothing for a word that is not close to any name', () => {
    expect(nearestName('deployed', events)).toBeUndefined();
    expect(nearestName('x', [])).toBeUndefined();
  });

  it('says it as the tail of a message', () => {
    expect(didYouMean('qa', ['production', 'staging'])).toBe('');
    expect(didYouMean('prod', ['production', 'staging'])).toBe("; did you mean 'production'?");
    expect(didYouMean('stagng', ['production', 'staging'])).toBe("; did you mean 'staging'?");
  });
});
