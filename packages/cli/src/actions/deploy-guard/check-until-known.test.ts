import { describe, expect, it } from 'vitest';
import type { DeployCheck } from './check-deploy.js';
import { checkUntilKnown } from './check-until-known.js';

const answer = (verdict: DeployCheck['verdict']): DeployCheck => ({
  verdict,
  service: 's',
  version: 'v',
  environment: 'e',
  reasons: [],
  missingOperations: [],
});

describe('checkUntilKnown', () => {
  it('asks again while unknown, telling each wait, and stops at the first known verdict', async () => {
    const verdicts = [answer('unknown'), answer('unknown'), answer('unsafe'), answer('safe')];
    const waits: number[] = [];
    const slept: number[] = [];
    const last = await checkUntilKnown(() => Promise.resolve(verdicts.shift()!), {
      retries: 5,
      intervalMs: 250,
      onWait: (retry) => waits.push(retry),
      sleep: (ms) => Promise.resolve(void slept.push(ms)),
    });
    expect(last.verdict).toBe('unsafe');
    expect(waits).toEqual([1, 2]);
    expect(slept).toEqual([250, 250]);
  });

  it('gives the last unknown answer once the retries are used, and asks once with none', async () => {
    let asked = 0;
    const ask = () => {
      asked += 1;
      return Promise.resolve(answer('unknown'));
    };
    const options = { intervalMs: 1, onWait: () => undefined, sleep: () => Promise.resolve() };
    expect((await checkUntilKnown(ask, { ...options, retries: 3 })).verdict).toBe('unknown');
    expect(asked).toBe(4);
    asked = 0;
    await checkUntilKnown(ask, { ...options, retries: 0 });
    expect(asked).toBe(1);
  });
});
