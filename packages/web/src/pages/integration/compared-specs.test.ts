import type { Finding, MatrixRow, SignetClient, Spec, SpecOperations } from '@signet/client';
import { describe, expect, it } from 'vitest';
import { comparedSpecs, specOfFinding } from './compared-specs.js';
import { specExcerpt } from './spec-excerpt.js';

// users u1 holds an OpenAPI and an AsyncAPI spec, compared under their set's key; each has its own named schemas.
const operations = (kind: Spec['kind']): SpecOperations => ({
  service: 'users',
  version: 'u1',
  contentSha: `${kind}-sha`,
  kind,
  format: kind === 'openapi' ? 'openapi-3.0' : 'asyncapi-3',
  title: null,
  operations: [],
  schemas: { User: { type: 'object', title: `${kind} user` } },
});
const spec = (kind: Spec['kind']) => ({ kind, contentSha: `${kind}-sha`, setSha: 'set-sha' }) as Spec;
const client = {
  specs: {
    list: () => Promise.resolve({ items: [spec('asyncapi'), spec('openapi')], nextCursor: null }),
    operationsOfVersion: (_provider: string, _version: string, kind: Spec['kind']) =>
      Promise.resolve(operations(kind)),
  },
} as unknown as SignetClient;
const row = (specSha: string): MatrixRow => ({
  consumer: { name: 'audit', version: 'a1', branch: 'main' },
  provider: { name: 'users', version: 'u1', branch: 'main' },
  contractSha: 'contract',
  specSha,
  status: 'incompatible',
  verification: { spec: null, pact: null },
});
const finding = (code: string, value?: unknown): Finding => ({
  code,
  type: 'error',
  message: 'no',
  mockDetails: {
    interactionDescription: 'd',
    interactionState: '[none]',
    location: '[root].interactions[0]',
  },
  specDetails: {
    location: '[root].channels.users.messages.created',
    ...(value === undefined ? {} : { value }),
  },
});

describe('the specs a comparison was made with', () => {
  it("are both halves of a version's spec set, each finding excerpted from the spec of its kind", async () => {
    const { specs, leftOut } = await comparedSpecs(client, row('set-sha'));
    expect(specs.map((s) => s.kind).sort()).toEqual(['asyncapi', 'openapi']);
    expect(leftOut).toEqual([]);
    expect(specOfFinding(finding('message.payload.incompatible'), specs)?.kind).toBe('asyncapi');
    expect(specOfFinding(finding('response.body.incompatible'), specs)?.kind).toBe('openapi');
  });

  it('are the OpenAPI half alone when the AsyncAPI one is not verified, which is said', async () => {
    const { specs, leftOut } = await comparedSpecs(client, row('openapi-sha'));
    expect(specs.map((s) => s.kind)).toEqual(['openapi']);
    expect(leftOut).toEqual(['asyncapi']);
    // A message finding then has no spec of its kind: never an excerpt from the OpenAPI spec.
    expect(specOfFinding(finding('message.spec.missing'), specs)).toBeUndefined();
  });

  it("show a message finding's payload schema as a tree", () => {
    const payload = { $ref: '#/components/schemas/User' };
    expect(specExcerpt(finding('message.payload.incompatible', { payload }), undefined)).toEqual({
      schema: payload,
      from: 'message payload',
    });
  });
});
