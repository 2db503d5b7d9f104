import { describe, expect, it } from 'vitest';
import { createSubscriptionInput, updateSubscriptionInput } from './subscription-input.js';

const base = { events: ['spec.published'], url: 'https://hooks.example.com/x' };

describe('webhook headers', () => {
  it('refuses values no HTTP request can carry (CR, LF, other controls, beyond U+00FF) and names that are not tokens', () => {
    for (const value of ['a\r\nX-Injected: 1', 'a\nb', 'a\rb', 'nul\u0001', 'del\u007f', 'snow\u2603'])
      expect(
        createSubscriptionInput.safeParse({ ...base, headers: { 'X-Trace': value } }).success,
        value,
      ).toBe(false);
    for (const name of ['Bad Name', 'X-A:b', 'X\r\nY', ''])
      expect(updateSubscriptionInput.safeParse({ headers: { [name]: 'v' } }).success, name).toBe(false);
  });

  it('accepts tabs, spaces, visible ASCII and Latin-1 text', () => {
    const headers = { 'X-Trace': 'a\tb c ~!', 'X-Name': 'café' };
    expect(createSubscriptionInput.parse({ ...base, headers }).headers).toEqual(headers);
  });
});
