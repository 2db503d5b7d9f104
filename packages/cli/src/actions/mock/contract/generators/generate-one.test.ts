import { describe, expect, it } from 'vitest';
import { generateOne } from './generate-one.js';

const context = { stateParams: {}, mockUrl: 'http://127.0.0.1:4010', now: new Date('2026-01-02T03:04:05Z') };

describe('generateOne', () => {
  it('gives RandomDecimal exactly its digits as a JSON number, whatever digits come out (1,000 draws)', () => {
    for (let draw = 0; draw < 1000; draw++) {
      for (const digits of [2, 6, 10]) {
        const generated = generateOne({ type: 'RandomDecimal', digits }, 0, context);
        const sent = JSON.stringify((generated as { value: number }).value);
        expect(sent, `digits ${digits}`).toMatch(new RegExp(`^(?=[\\d.]{${digits + 1}}$)[1-9]\\d*\\.\\d+$`));
      }
    }
  });
});
