import { describe, expect, it } from 'vitest';
import { generateGithubContract } from './github-contract.js';

describe('generateGithubContract', () => {
  const { pact, intents } = generateGithubContract();

  it('builds 1,000 HTTP interactions, about 10% deliberately broken', () => {
    expect(pact.interactions).toHaveLength(1000);
    expect(intents.filter((e) => e.intent !== 'compatible')).toHaveLength(100);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(generateGithubContract().pact)).toBe(JSON.stringify(pact));
  });

  it('mostly reads, with some writes carrying JSON bodies', () => {
    const writes = pact.interactions.filter((i) => i.request.method !== 'GET');
    expect(writes.length).toBeGreaterThan(150);
    expect(writes.some((i) => i.request.body !== undefined)).toBe(true);
  });
});
