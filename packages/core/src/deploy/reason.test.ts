import { describe, expect, it } from 'vitest';
import { reasonEffect, type Reason } from './reason.js';

const integration = {
  consumer: { service: 'a', version: '1' },
  provider: { service: 'b', version: '2' },
};
const subject = { service: 'a', version: '1' };
const summary = { compatible: false, errorCount: 1, warningCount: 0, errors: [] };

describe('reasonEffect', () => {
  it.each<[Reason, string]>([
    [{ kind: 'version-not-found', subject, environment: 'e' }, 'blocks'],
    [{ kind: 'no-integrations', subject, environment: 'e' }, 'ok'],
    [{ kind: 'compatible', integration, via: 'comparison', contractSha: 'c' }, 'ok'],
    [{ kind: 'incompatible', integration, contractSha: 'c', specSha: 's', findings: summary }, 'blocks'],
    [{ kind: 'comparison-pending', integration, contractSha: 'c', specSha: 's' }, 'unknown'],
    [{ kind: 'no-spec-verified', integration, contractSha: 'c' }, 'unknown'],
    [{ kind: 'pact-verification-failed', integration, contractSha: 'c' }, 'blocks'],
    [{ kind: 'no-provider-deployed', consumer: subject, provider: 'b', environment: 'e' }, 'blocks'],
    [{ kind: 'provider-verified', provider: subject, specSha: 's' }, 'ok'],
    [{ kind: 'not-verified', provider: subject }, 'unknown'],
    [{ kind: 'verification-failed', provider: subject, specSha: 's' }, 'blocks'],
  ])('%o → %s', (reason, effect) => {
    expect(reasonEffect(reason)).toBe(effect);
  });
});
