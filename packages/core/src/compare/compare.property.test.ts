import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Body, Contract, HttpInteraction } from '../contracts/model.js';
import { loadSpec, type ProviderSpec } from '../specs/index.js';
import { compareInteraction } from './compare-interaction.js';
import { compare } from './index.js';
import { interactionChecks, type CheckName, type InteractionChecks } from './interaction-checks.js';
import { specContext } from './spec-context.js';

const fixtures = join(import.meta.dirname, '../../test-fixtures/openapi-pact-comparison');
const SPECS = [
  'oas/request-parameters-query',
  'oas/response-body',
  'oas/request-security',
  'oas/allOf',
  'oas/request-parameters-path-extra',
  'oas/discriminator-mapping',
];
const specs: ProviderSpec[] = [];

beforeAll(async () => {
  for (const name of SPECS) specs.push(await loadSpec({ path: join(fixtures, name, 'oas.yaml') }));
});

const text = fc.string({ maxLength: 12 });
const headers = fc.dictionary(
  fc.oneof(fc.constantFrom('Content-Type', 'Accept', 'Authorization', 'Cookie', 'X-API-Key'), text),
  fc.array(text, { minLength: 1, maxLength: 3 }),
  { maxKeys: 4 },
);
const body: fc.Arbitrary<Body> = fc.oneof(
  fc.constant<Body>({ kind: 'absent' }),
  fc.jsonValue({ maxDepth: 4 }).map((value): Body => ({ kind: 'json', value })),
  text.map((t): Body => ({ kind: 'text', text: t })),
  fc.base64String({ maxLength: 16 }).map((b): Body => ({ kind: 'binary', base64: b })),
);
/** Mostly paths that route (templates with arbitrary values in their parameters), sometimes anything. */
const path = (spec: ProviderSpec): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .tuple(fc.constantFrom(...spec.operations.map((o) => o.path)), text)
      .map(([template, value]) => template.replace(/\{[^}]*\}/g, encodeURIComponent(value))),
    fc.webPath(),
    text,
  );

const interaction = (spec: ProviderSpec): fc.Arbitrary<HttpInteraction> =>
  fc
    .record({
      method: fc.oneof(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'), text),
      path: path(spec),
      query: fc.dictionary(text, fc.array(text, { maxLength: 3 }), { maxKeys: 4 }),
      requestHeaders: headers,
      requestBody: body,
      status: fc.oneof(fc.constantFrom(200, 201, 400, 404, 500), fc.integer({ min: 100, max: 599 })),
      responseHeaders: headers,
      responseBody: body,
      each: fc.boolean(),
    })
    .map((r): HttpInteraction => ({
      kind: 'http',
      index: 0,
      location: '[root].interactions[0]',
      description: 'generated',
      providerStates: [],
      request: {
        method: r.method,
        path: r.path,
        query: r.query,
        headers: r.requestHeaders,
        body: r.requestBody,
        matchingRules: {},
        generators: {},
      },
      response: {
        status: r.status,
        headers: r.responseHeaders,
        body: r.responseBody,
        matchingRules: r.each
          ? {
              body: {
                '$.items': { combine: 'AND', matchers: [{ match: 'type', min: 1 }] },
                '$[*]': { combine: 'AND', matchers: [{ match: 'type', max: 2 }] },
              },
            }
          : {},
        generators: {},
      },
    }));

const contract = (interactions: HttpInteraction[]): Contract => ({
  consumer: 'c',
  provider: 'p',
  pactVersion: '3',
  metadata: {},
  interactions: interactions.map((i, index) => ({ ...i, index, location: `[root].interactions[${index}]` })),
});

describe('compare on arbitrary interactions', () => {
  it.each(SPECS.map((name, i) => [name, i] as const))(
    'never throws, and is compatible exactly when no error is found (%s)',
    (_, i) => {
      const spec = specs[i] as ProviderSpec;
      fc.assert(
        fc.property(fc.array(interaction(spec), { minLength: 1, maxLength: 3 }), (interactions) => {
          const result = compare(spec, contract(interactions));
          expect(result.compatible).toBe(!result.findings.some((f) => f.type === 'error'));
          for (const finding of result.findings)
            expect(finding.mockDetails.location).toMatch(/^\[root\]\.interactions\[\d+\]\./);
          // No check failed unexpectedly.
          expect(result.findings.filter((f) => f.code === 'internal.check-failed')).toEqual([]);
        }),
        { numRuns: 150 },
      );
    },
  );
});

describe('a check that throws', () => {
  const names = Object.keys(interactionChecks) as CheckName[];
  it.each(SPECS.map((name, i) => [name, i] as const))(
    'fails the interaction closed, naming the check, and the other checks still run (%s)',
    (_, i) => {
      const spec = specs[i] as ProviderSpec;
      const context = specContext(spec);
      fc.assert(
        fc.property(interaction(spec), fc.constantFrom(...names), (generated, broken) => {
          const reached: CheckName[] = [];
          const checks = Object.fromEntries(
            names.map((name) => [
              name,
              (...args: unknown[]) => {
                reached.push(name);
                if (name === broken) throw new Error('injected');
                return (interactionChecks[name] as (...a: unknown[]) => unknown)(...args);
              },
            ]),
          ) as unknown as InteractionChecks;
          const findings = compareInteraction(context, generated, {}, checks);
          const failed = findings.filter((f) => f.code === 'internal.check-failed');
          if (!reached.includes(broken)) {
            // The broken check was never reached for this interaction (no route, or a client-error
            // expectation), so nothing failed.
            expect(failed).toEqual([]);
            return;
          }
          expect(failed).toHaveLength(1);
          expect(failed[0]?.type).toBe('error');
          expect(failed[0]?.message).toContain(`The ${broken} check failed unexpectedly (injected)`);
          // Checks after the broken one still ran (except after the route, the status, which the response
          // checks need, and the last check).
          if (!['route', 'status', 'response body'].includes(broken)) expect(reached.at(-1)).not.toBe(broken);
        }),
        { numRuns: 200 },
      );
    },
  );

  it('makes the comparison incompatible even when everything else passes', () => {
    const spec = specs[1] as ProviderSpec;
    const clean = compare(spec, contract([]));
    expect(clean.compatible).toBe(true);
    const operation = spec.operations[0];
    if (!operation) throw new Error('fixture has no operation');
    const generated: HttpInteraction = {
      kind: 'http',
      index: 0,
      location: '[root].interactions[0]',
      description: 'broken',
      providerStates: [],
      request: {
        method: operation.method.toUpperCase(),
        path: operation.path,
        query: {},
        headers: {},
        body: { kind: 'absent' },
        matchingRules: {},
        generators: {},
      },
      response: { status: 200, headers: {}, body: { kind: 'absent' }, matchingRules: {}, generators: {} },
    };
    const throwing = {
      ...interactionChecks,
      status: () => {
        throw new RangeError('deep');
      },
    } as InteractionChecks;
    const findings = compareInteraction(specContext(spec), generated, {}, throwing);
    expect(findings.map((f) => [f.code, f.type])).toContainEqual(['internal.check-failed', 'error']);
  });
});
