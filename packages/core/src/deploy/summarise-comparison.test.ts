import { describe, expect, it } from 'vitest';
import type { Finding } from '../compare/model.js';
import type { Contract } from '../contracts/model.js';
import { summariseComparison, summaryErrorLimit } from './summarise-comparison.js';

function finding(type: Finding['type'], location: string, specDetails?: Finding['specDetails']): Finding {
  return {
    code: type === 'error' ? 'response.body.incompatible' : 'request.header.unknown',
    type,
    message: `${type} at ${location}`,
    mockDetails: { interactionDescription: 'get gadget', interactionState: '[none]', location },
    ...(specDetails ? { specDetails } : {}),
  };
}

const contract: Contract = {
  consumer: 'cart',
  provider: 'inventory',
  pactVersion: '3',
  metadata: {},
  interactions: [
    {
      kind: 'http',
      index: 0,
      location: '[root].interactions[0]',
      description: 'get gadget',
      providerStates: [],
      request: {
        method: 'GET',
        path: '/api/gadgets/1',
        query: {},
        headers: {},
        body: { kind: 'absent' },
        matchingRules: {},
        generators: {},
      },
      response: { status: 200, headers: {}, body: { kind: 'absent' }, matchingRules: {}, generators: {} },
    },
  ],
};

describe('summariseComparison', () => {
  it('counts errors and warnings and names the spec operation of each error', () => {
    const summary = summariseComparison({
      compatible: false,
      findings: [
        finding('warning', '[root].interactions[0].request.headers.x'),
        finding('error', '[root].interactions[0].response.body.name', {
          location: '[root].paths./pets.get',
          pathMethod: 'get',
          pathName: '/pets',
        }),
      ],
    });
    expect(summary).toEqual({
      compatible: false,
      errorCount: 1,
      warningCount: 1,
      errors: [
        {
          code: 'response.body.incompatible',
          message: 'error at [root].interactions[0].response.body.name',
          interaction: 'get gadget',
          operation: 'GET /pets',
        },
      ],
    });
  });

  it("falls back to the contract's request when no spec operation matched", () => {
    const summary = summariseComparison(
      { compatible: false, findings: [finding('error', '[root].interactions[0].request.path')] },
      contract,
    );
    expect(summary.errors[0]?.operation).toBe('GET /api/gadgets/1');
  });

  it('leaves the operation out when neither spec nor contract can name it', () => {
    const summary = summariseComparison(
      { compatible: false, findings: [finding('error', '[root].interactions[7]')] },
      contract,
    );
    expect(summary.errors[0]).not.toHaveProperty('operation');
  });

  it('keeps at most the documented number of errors but counts them all', () => {
    const findings = Array.from({ length: summaryErrorLimit + 5 }, (_, i) =>
      finding('error', `[root].interactions[${i}]`),
    );
    const summary = summariseComparison({ compatible: false, findings });
    expect(summary.errorCount).toBe(summaryErrorLimit + 5);
    expect(summary.errors).toHaveLength(summaryErrorLimit);
  });
});
