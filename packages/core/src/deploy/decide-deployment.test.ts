import { describe, expect, it } from 'vitest';
import { decideDeployment } from './decide-deployment.js';
import type { ComparisonSummary, DeploymentSnapshot } from './model.js';

const compatible: ComparisonSummary = { compatible: true, errorCount: 0, warningCount: 1, errors: [] };
const missingGadgets: ComparisonSummary = {
  compatible: false,
  errorCount: 1,
  warningCount: 0,
  errors: [
    {
      code: 'request.path-or-method.unknown',
      message: 'Path or method not defined in spec file: GET /api/gadgets/1',
      interaction: 'a request for gadget 1',
      operation: 'GET /api/gadgets/1',
    },
  ],
};

/** shopping_cart@sc2 going to production; callers override the parts they test. */
function snapshot(overrides: Partial<DeploymentSnapshot>): DeploymentSnapshot {
  return {
    service: 'shopping_cart',
    version: 'sc2',
    environment: 'production',
    versionExists: true,
    contracts: [],
    ...overrides,
  };
}

const cart = { service: 'shopping_cart', version: 'sc2' };
const inventory = (version: string) => ({ service: 'inventory', version });

describe('decideDeployment as a consumer', () => {
  it('is safe when the deployed provider version was verified against a spec the contract passes', () => {
    const decision = decideDeployment(
      snapshot({
        contracts: [
          {
            provider: 'inventory',
            contractSha: 'c1',
            providerVersions: [{ version: 'inv1', verifiedSpecSha: 's1', comparison: compatible }],
          },
        ],
      }),
    );
    expect(decision).toEqual({
      verdict: 'safe',
      reasons: [
        {
          kind: 'compatible',
          integration: { consumer: cart, provider: inventory('inv1') },
          via: 'comparison',
          contractSha: 'c1',
          specSha: 's1',
        },
      ],
    });
  });

  it('is safe when the provider version verified this very contract with the Pact verifier', () => {
    const decision = decideDeployment(
      snapshot({
        contracts: [
          {
            provider: 'inventory',
            contractSha: 'c1',
            providerVersions: [{ version: 'inv1', pactVerification: { success: true } }],
          },
        ],
      }),
    );
    expect(decision.verdict).toBe('safe');
    expect(decision.reasons).toMatchObject([
      { kind: 'compatible', via: 'pact-verification', contractSha: 'c1' },
    ]);
  });

  it('is unsafe when the verified spec lacks an operation, naming integration, operation and versions', () => {
    const decision = decideDeployment(
      snapshot({
        contracts: [
          {
            provider: 'inventory',
            contractSha: 'c1',
            providerVersions: [{ version: 'inv1', verifiedSpecSha: 's1', comparison: missingGadgets }],
          },
        ],
      }),
    );
    expect(decision.verdict).toBe('unsafe');
    expect(decision.reasons).toEqual([
      {
        kind: 'incompatible',
        integration: { consumer: cart, provider: inventory('inv1') },
        contractSha: 'c1',
        specSha: 's1',
        findings: missingGadgets,
      },
    ]);
  });

  it('is unknown while the comparison with the verified spec has not been computed', () => {
    const decision = decideDeployment(
      snapshot({
        contracts: [
          {
            provider: 'inventory',
            contractSha: 'c1',
            providerVersions: [{ version: 'inv1', verifiedSpecSha: 's1' }],
          },
        ],
      }),
    );
    expect(decision.verdict).toBe('unknown');
    expect(decision.reasons).toEqual([
      {
        kind: 'comparison-pending',
        integration: { consumer: cart, provider: inventory('inv1') },
        contractSha: 'c1',
        specSha: 's1',
      },
    ]);
  });

  it('keeps a pending comparison unknown even when a Pact verification failed, since either evidence suffices', () => {
    const decision = decideDeployment(
      snapshot({
        contracts: [
          {
            provider: 'inventory',
            contractSha: 'c1',
            providerVersions: [
              { version: 'inv1', verifiedSpecSha: 's1', pactVerification: { success: false } },
            ],
          },
        ],
      }),
    );
    expect(decision.verdict).toBe('unknown');
    expect(decision.reasons.map((reason) => reason.kind)).toEqual(['comparison-pending']);
  });

  it('is unknown when the provider version has no verified spec and no Pact verification', () => {
    const decision = decideDeployment(
      snapshot({
        contracts: [{ provider: 'inventory', contractSha: 'c1', providerVersions: [{ version: 'inv1' }] }],
      }),
    );
    expect(decision.verdict).toBe('unknown');
    expect(decision.reasons).toEqual([
      {
        kind: 'no-spec-verified',
        integration: { consumer: cart, provider: inventory('inv1') },
        contractSha: 'c1',
      },
    ]);
  });

  it('is unsafe when the Pact verifier failed this contract and no spec vouches for it', () => {
    const decision = decideDeployment(
      snapshot({
        contracts: [
          {
            provider: 'inventory',
            contractSha: 'c1',
            providerVersions: [{ version: 'inv1', pactVerification: { success: false } }],
          },
        ],
      }),
    );
    expect(decision.verdict).toBe('unsafe');
    expect(decision.reasons).toEqual([
      {
        kind: 'pact-verification-failed',
        integration: { consumer: cart, provider: inventory('inv1') },
        contractSha: 'c1',
      },
    ]);
  });

  it('reports both failures when the comparison and the Pact verification both failed', () => {
    const decision = decideDeployment(
      snapshot({
        contracts: [
          {
            provider: 'inventory',
            contractSha: 'c1',
            providerVersions: [
              {
                version: 'inv1',
                verifiedSpecSha: 's1',
                comparison: missingGadgets,
                pactVerification: { success: false },
              },
            ],
          },
        ],
      }),
    );
    expect(decision.reasons.map((reason) => reason.kind)).toEqual([
      'incompatible',
      'pact-verification-failed',
    ]);
  });

  it('is unsafe when no version of a provider runs in the environment', () => {
    const decision = decideDeployment(
      snapshot({ contracts: [{ provider: 'payments', contractSha: 'c2', providerVersions: [] }] }),
    );
    expect(decision).toEqual({
      verdict: 'unsafe',
      reasons: [
        { kind: 'no-provider-deployed', consumer: cart, provider: 'payments', environment: 'production' },
      ],
    });
  });

  it('checks every deployed or released provider version, not just one', () => {
    const decision = decideDeployment(
      snapshot({
        contracts: [
          {
            provider: 'inventory',
            contractSha: 'c1',
            providerVersions: [
              { version: 'inv1', verifiedSpecSha: 's1', comparison: compatible },
              { version: 'inv2', verifiedSpecSha: 's2', comparison: missingGadgets },
            ],
          },
        ],
      }),
    );
    expect(decision.verdict).toBe('unsafe');
    expect(
      decision.reasons.map((reason) => [
        reason.kind,
        'integration' in reason && reason.integration.provider.version,
      ]),
    ).toEqual([
      ['compatible', 'inv1'],
      ['incompatible', 'inv2'],
    ]);
  });
});

describe('decideDeployment as a provider', () => {
  const inventorySnapshot = (provider: DeploymentSnapshot['provider']) =>
    snapshot({ service: 'inventory', version: 'inv2', provider });

  it('is safe when verified and every deployed consumer passes against the verified spec', () => {
    const decision = decideDeployment(
      inventorySnapshot({
        specDriven: true,
        verification: { status: 'succeeded', specSha: 's2' },
        consumers: [{ consumer: 'shopping_cart', version: 'sc1', contractSha: 'c0', comparison: compatible }],
      }),
    );
    expect(decision).toEqual({
      verdict: 'safe',
      reasons: [
        { kind: 'provider-verified', provider: inventory('inv2'), specSha: 's2' },
        {
          kind: 'compatible',
          integration: {
            consumer: { service: 'shopping_cart', version: 'sc1' },
            provider: inventory('inv2'),
          },
          via: 'comparison',
          contractSha: 'c0',
          specSha: 's2',
        },
      ],
    });
  });

  it('is unknown when a spec-driven provider version was never verified', () => {
    const decision = decideDeployment(
      inventorySnapshot({ specDriven: true, verification: { status: 'none' }, consumers: [] }),
    );
    expect(decision).toEqual({
      verdict: 'unknown',
      reasons: [{ kind: 'not-verified', provider: inventory('inv2') }],
    });
  });

  it('is unsafe when its verification failed, and its consumers then have no verified spec to pass', () => {
    const decision = decideDeployment(
      inventorySnapshot({
        specDriven: true,
        verification: { status: 'failed', specSha: 's2' },
        consumers: [{ consumer: 'shopping_cart', version: 'sc1', contractSha: 'c0', comparison: compatible }],
      }),
    );
    expect(decision.verdict).toBe('unsafe');
    expect(decision.reasons).toEqual([
      { kind: 'verification-failed', provider: inventory('inv2'), specSha: 's2' },
      {
        kind: 'no-spec-verified',
        integration: { consumer: { service: 'shopping_cart', version: 'sc1' }, provider: inventory('inv2') },
        contractSha: 'c0',
      },
    ]);
  });

  it('is unsafe when a deployed consumer relies on something the verified spec lacks', () => {
    const decision = decideDeployment(
      inventorySnapshot({
        specDriven: true,
        verification: { status: 'succeeded', specSha: 's2' },
        consumers: [
          { consumer: 'shopping_cart', version: 'sc1', contractSha: 'c0', comparison: missingGadgets },
        ],
      }),
    );
    expect(decision.verdict).toBe('unsafe');
    expect(decision.reasons[1]).toMatchObject({
      kind: 'incompatible',
      specSha: 's2',
      findings: missingGadgets,
    });
  });

  it('needs no spec verification for a Pact-only provider whose contracts are Pact-verified', () => {
    const decision = decideDeployment(
      inventorySnapshot({
        specDriven: false,
        verification: { status: 'none' },
        consumers: [
          {
            consumer: 'shopping_cart',
            version: 'sc1',
            contractSha: 'c0',
            pactVerification: { success: true },
          },
        ],
      }),
    );
    expect(decision.verdict).toBe('safe');
    expect(decision.reasons.map((reason) => reason.kind)).toEqual(['compatible']);
  });
});

describe('decideDeployment overall', () => {
  it('is unsafe for a version that was never published', () => {
    expect(decideDeployment(snapshot({ versionExists: false }))).toEqual({
      verdict: 'unsafe',
      reasons: [{ kind: 'version-not-found', subject: cart, environment: 'production' }],
    });
  });

  it('is safe, saying so, when the version has no integrations at all', () => {
    expect(decideDeployment(snapshot({}))).toEqual({
      verdict: 'safe',
      reasons: [{ kind: 'no-integrations', subject: cart, environment: 'production' }],
    });
  });

  it('reports reasons from both directions, and unsafe outranks unknown', () => {
    const decision = decideDeployment(
      snapshot({
        contracts: [{ provider: 'inventory', contractSha: 'c1', providerVersions: [{ version: 'inv1' }] }],
        provider: {
          specDriven: true,
          verification: { status: 'succeeded', specSha: 's9' },
          consumers: [
            { consumer: 'advertising', version: 'ad1', contractSha: 'c3', comparison: missingGadgets },
          ],
        },
      }),
    );
    expect(decision.verdict).toBe('unsafe');
    expect(decision.reasons.map((reason) => reason.kind)).toEqual([
      'no-spec-verified',
      'provider-verified',
      'incompatible',
    ]);
  });
});
