import { describe, expect, it } from 'vitest';
import { SpecError } from '../spec-error.js';
import { responseStatus } from './status.js';

describe('responseStatus', () => {
  it('keeps codes, upper-cases ranges and recognises default', () => {
    expect(responseStatus('200', '')).toBe('200');
    expect(responseStatus('2xx', '')).toBe('2XX');
    expect(responseStatus('5XX', '')).toBe('5XX');
    expect(responseStatus('Default', '')).toBe('default');
  });

  it('rejects anything else with the pointer of the key', () => {
    expect(() => responseStatus('OK', '/paths/~1a/get/responses/OK')).toThrow(
      expect.objectContaining({ code: 'spec.invalid', location: '/paths/~1a/get/responses/OK' }) as SpecError,
    );
    expect(() => responseStatus('600', '')).toThrow(SpecError);
  });
});
