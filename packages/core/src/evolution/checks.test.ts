import { describe, expect, it } from 'vitest';
import { checkCatalogue } from './catalogue.js';
import { ChangeCollector, MAX_CHANGES } from './collector.js';
import { diffSchemas } from './schema-diff.js';
import { responseBodySite } from './schema-site.js';
import { diffSpecs } from './diff-specs.js';
import type { ChangeSeverity, SpecChange } from './model.js';
import { itemSpec, load } from './testing-specs.js';

const covered = new Set<string>();

async function changesOf(
  base: Record<string, unknown>,
  head: Record<string, unknown>,
): Promise<SpecChange[]> {
  return diffSpecs(await load(base), await load(head)).changes;
}

/** Asserts the diff is exactly the expected changes (id and severity, plus the given fields). */
function expectExactly(
  changes: SpecChange[],
  expected: Array<Partial<SpecChange> & { id: string; severity: ChangeSeverity }>,
): void {
  expect(changes.map((c) => `${c.id}:${c.severity}`).sort()).toEqual(
    expected.map((e) => `${e.id}:${e.severity}`).sort(),
  );
  for (const e of expected) {
    expect(changes.find((c) => c.id === e.id)).toMatchObject(e);
    covered.add(e.id);
  }
}

type Pair = [unknown, unknown];
/** Schema keyword pairs: each change kind, as [base, head] of a string/number/array schema. */
const keywordPairs: Record<
  string,
  { pair: Pair; request: [string, ChangeSeverity]; response: [string, ChangeSeverity] }
> = {
  'type changed': {
    pair: [{ type: 'string' }, { type: 'boolean' }],
    request: ['type-changed', 'breaking'],
    response: ['type-changed', 'breaking'],
  },
  'type widened': {
    pair: [{ type: 'integer' }, { type: 'number' }],
    request: ['type-generalized', 'safe'],
    response: ['type-changed', 'breaking'],
  },
  'type narrowed': {
    pair: [{ type: 'number' }, { type: 'integer' }],
    request: ['type-changed', 'breaking'],
    response: ['type-specialized', 'safe'],
  },
  'format changed': {
    pair: [
      { type: 'string', format: 'uuid' },
      { type: 'string', format: 'email' },
    ],
    request: ['format-changed', 'breaking'],
    response: ['format-changed', 'breaking'],
  },
  'format removed': {
    pair: [{ type: 'string', format: 'uuid' }, { type: 'string' }],
    request: ['format-removed', 'safe'],
    response: ['format-removed', 'potentially-breaking'],
  },
  'format added': {
    pair: [{ type: 'string' }, { type: 'string', format: 'uuid' }],
    request: ['format-added', 'breaking'],
    response: ['format-added', 'safe'],
  },
  'enum value added': {
    pair: [
      { type: 'string', enum: ['a'] },
      { type: 'string', enum: ['a', 'b'] },
    ],
    request: ['enum-value-added', 'safe'],
    response: ['enum-value-added', 'potentially-breaking'],
  },
  'enum value removed': {
    pair: [
      { type: 'string', enum: ['a', 'b'] },
      { type: 'string', enum: ['a'] },
    ],
    request: ['enum-value-removed', 'breaking'],
    response: ['enum-value-removed', 'safe'],
  },
  'enum added': {
    pair: [{ type: 'string' }, { type: 'string', enum: ['a'] }],
    request: ['enum-added', 'breaking'],
    response: ['enum-added', 'safe'],
  },
  'enum removed': {
    pair: [{ type: 'string', enum: ['a'] }, { type: 'string' }],
    request: ['enum-removed', 'safe'],
    response: ['enum-removed', 'potentially-breaking'],
  },
  'multipleOf changed': {
    pair: [
      { type: 'number', multipleOf: 2 },
      { type: 'number', multipleOf: 3 },
    ],
    request: ['multiple-of-changed', 'breaking'],
    response: ['multiple-of-changed', 'potentially-breaking'],
  },
  'pattern added': {
    pair: [{ type: 'string' }, { type: 'string', pattern: '^a' }],
    request: ['pattern-added', 'potentially-breaking'],
    response: ['pattern-added', 'safe'],
  },
  'pattern changed': {
    pair: [
      { type: 'string', pattern: '^a' },
      { type: 'string', pattern: '^b' },
    ],
    request: ['pattern-changed', 'potentially-breaking'],
    response: ['pattern-changed', 'potentially-breaking'],
  },
  'pattern removed': {
    pair: [{ type: 'string', pattern: '^a' }, { type: 'string' }],
    request: ['pattern-removed', 'safe'],
    response: ['pattern-removed', 'potentially-breaking'],
  },
  'became nullable': {
    pair: [{ type: 'string' }, { type: ['string', 'null'] }],
    request: ['became-nullable', 'safe'],
    response: ['became-nullable', 'breaking'],
  },
  'became not nullable': {
    pair: [{ type: ['string', 'null'] }, { type: 'string' }],
    request: ['became-not-nullable', 'breaking'],
    response: ['became-not-nullable', 'safe'],
  },
  'default changed': {
    pair: [
      { type: 'string', default: 'a' },
      { type: 'string', default: 'b' },
    ],
    request: ['default-value-changed', 'potentially-breaking'],
    response: ['default-value-changed', 'safe'],
  },
};
for (const [bound, key, kind] of [
  ['max', 'maximum', 'number'],
  ['min', 'minimum', 'number'],
  ['max-length', 'maxLength', 'string'],
  ['min-length', 'minLength', 'string'],
  ['max-items', 'maxItems', 'array'],
  ['min-items', 'minItems', 'array'],
] as const) {
  const s = (value?: number) => ({
    type: kind,
    ...(kind === 'array' ? { items: { type: 'string' } } : {}),
    ...(value === undefined ? {} : { [key]: value }),
  });
  const upper = bound.startsWith('max');
  keywordPairs[`${key} narrowed`] = {
    pair: upper ? [s(10), s(5)] : [s(1), s(5)],
    request: [`${bound}-${upper ? 'decreased' : 'increased'}`, 'breaking'],
    response: [`${bound}-${upper ? 'decreased' : 'increased'}`, 'safe'],
  };
  keywordPairs[`${key} widened`] = {
    pair: upper ? [s(5), s(10)] : [s(5), s(1)],
    request: [`${bound}-${upper ? 'increased' : 'decreased'}`, 'safe'],
    response: [`${bound}-${upper ? 'increased' : 'decreased'}`, 'potentially-breaking'],
  };
  keywordPairs[`${key} set`] = {
    pair: [s(), s(3)],
    request: [`${bound}-set`, 'breaking'],
    response: [`${bound}-set`, 'safe'],
  };
}

/** Where a schema pair is put: [site prefix, how to build the spec, the direction]. */
const sites = [
  ['request-body', (s: unknown) => itemSpec({ body: s }), 'request'],
  [
    'request-property',
    (s: unknown) => itemSpec({ body: { type: 'object', properties: { name: s } } }),
    'request',
  ],
  ['response-body', (s: unknown) => itemSpec({ response: s }), 'response'],
  [
    'response-property',
    (s: unknown) => itemSpec({ response: { type: 'object', properties: { name: s } } }),
    'response',
  ],
  ['request-parameter', (s: unknown) => itemSpec({ parameter: s }), 'request'],
  ['response-header', (s: unknown) => itemSpec({ header: s }), 'response'],
] as const;

describe('schema keyword checks, at every site and in each direction', () => {
  for (const [prefix, build, direction] of sites)
    for (const [name, { pair, ...rules }] of Object.entries(keywordPairs))
      it(`${prefix}: ${name}`, async () => {
        const [suffix, severity] = rules[direction];
        const changes = await changesOf(build(pair[0]), build(pair[1]));
        expectExactly(changes, [
          {
            id: `${prefix}-${suffix}`,
            severity,
            direction,
            operation: { method: 'post', path: '/items/{id}' },
          },
        ]);
        expect(changes[0]!.base).toBeDefined();
        expect(changes[0]!.head).toBeDefined();
      });
});

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  ...extra,
});
const str = { type: 'string' };
const A = { type: 'object', properties: { a: str } };
const B = { type: 'object', properties: { b: str } };
const C = { type: 'object', properties: { c: str } };
/** Shape pairs (composition, additionalProperties, discriminator) on body roots and nested properties. */
const shapePairs: Record<
  string,
  { pair: Pair; request: [string, ChangeSeverity]; response: [string, ChangeSeverity] }
> = {
  'oneOf branch added': {
    pair: [{ oneOf: [A, B] }, { oneOf: [A, B, C] }],
    request: ['one-of-added', 'safe'],
    response: ['one-of-added', 'potentially-breaking'],
  },
  'oneOf branch removed': {
    pair: [{ oneOf: [A, B, C] }, { oneOf: [A, B] }],
    request: ['one-of-removed', 'breaking'],
    response: ['one-of-removed', 'safe'],
  },
  'anyOf branch added': {
    pair: [{ anyOf: [A] }, { anyOf: [A, B] }],
    request: ['any-of-added', 'safe'],
    response: ['any-of-added', 'potentially-breaking'],
  },
  'anyOf branch removed': {
    pair: [{ anyOf: [A, B] }, { anyOf: [A] }],
    request: ['any-of-removed', 'breaking'],
    response: ['any-of-removed', 'safe'],
  },
  'allOf branch added': {
    pair: [{ allOf: [A] }, { allOf: [A, B] }],
    request: ['all-of-added', 'breaking'],
    response: ['all-of-added', 'safe'],
  },
  'allOf branch removed': {
    pair: [{ allOf: [A, B] }, { allOf: [A] }],
    request: ['all-of-removed', 'safe'],
    response: ['all-of-removed', 'potentially-breaking'],
  },
  'additionalProperties restricted': {
    pair: [obj({ a: str }), obj({ a: str }, { additionalProperties: false })],
    request: ['additional-properties-restricted', 'breaking'],
    response: ['additional-properties-restricted', 'safe'],
  },
  'additionalProperties allowed': {
    pair: [obj({ a: str }, { additionalProperties: false }), obj({ a: str })],
    request: ['additional-properties-allowed', 'safe'],
    response: ['additional-properties-allowed', 'potentially-breaking'],
  },
  'discriminator property renamed': {
    pair: [
      obj({ k: str, j: str }, { discriminator: { propertyName: 'k' } }),
      obj({ k: str, j: str }, { discriminator: { propertyName: 'j' } }),
    ],
    request: ['discriminator-property-name-changed', 'breaking'],
    response: ['discriminator-property-name-changed', 'breaking'],
  },
  'discriminator added': {
    pair: [obj({ k: str }), obj({ k: str }, { discriminator: { propertyName: 'k' } })],
    request: ['discriminator-added', 'potentially-breaking'],
    response: ['discriminator-added', 'safe'],
  },
  'discriminator removed': {
    pair: [obj({ k: str }, { discriminator: { propertyName: 'k' } }), obj({ k: str })],
    request: ['discriminator-removed', 'safe'],
    response: ['discriminator-removed', 'potentially-breaking'],
  },
  'discriminator mapping added': {
    pair: [
      obj({ k: str }, { discriminator: { propertyName: 'k', mapping: {} } }),
      obj({ k: str }, { discriminator: { propertyName: 'k', mapping: { x: '#/x' } } }),
    ],
    request: ['discriminator-mapping-added', 'safe'],
    response: ['discriminator-mapping-added', 'potentially-breaking'],
  },
  'discriminator mapping deleted': {
    pair: [
      obj({ k: str }, { discriminator: { propertyName: 'k', mapping: { x: '#/x' } } }),
      obj({ k: str }, { discriminator: { propertyName: 'k', mapping: {} } }),
    ],
    request: ['discriminator-mapping-deleted', 'breaking'],
    response: ['discriminator-mapping-deleted', 'safe'],
  },
};

describe('schema shape checks on bodies, root and nested', () => {
  for (const [prefix, build, direction] of sites.slice(0, 4))
    for (const [name, { pair, ...rules }] of Object.entries(shapePairs))
      it(`${prefix}: ${name}`, async () => {
        const [suffix, severity] = rules[direction];
        expectExactly(await changesOf(build(pair[0]), build(pair[1])), [
          { id: `${prefix}-${suffix}`, severity, direction },
        ]);
      });
});

describe('property checks, direction-aware', () => {
  const req = (s: unknown) => itemSpec({ body: s });
  const res = (s: unknown) => itemSpec({ response: s });
  const cases: Array<
    [string, (s: unknown) => Record<string, unknown>, unknown, unknown, string, ChangeSeverity]
  > = [
    [
      'required request property added',
      req,
      obj({}),
      obj({ a: str }, { required: ['a'] }),
      'new-required-request-property',
      'breaking',
    ],
    [
      'optional request property added',
      req,
      obj({}),
      obj({ a: str }),
      'new-optional-request-property',
      'safe',
    ],
    [
      'request property removed',
      req,
      obj({ a: str }),
      obj({}),
      'request-property-removed',
      'potentially-breaking',
    ],
    [
      'request property became required',
      req,
      obj({ a: str }),
      obj({ a: str }, { required: ['a'] }),
      'request-property-became-required',
      'breaking',
    ],
    [
      'request property became optional',
      req,
      obj({ a: str }, { required: ['a'] }),
      obj({ a: str }),
      'request-property-became-optional',
      'safe',
    ],
    [
      'request property became read-only',
      req,
      obj({ a: str }),
      obj({ a: { ...str, readOnly: true } }),
      'request-property-became-read-only',
      'potentially-breaking',
    ],
    [
      'request property no longer read-only',
      req,
      obj({ a: { ...str, readOnly: true } }),
      obj({ a: str }),
      'request-property-became-not-read-only',
      'safe',
    ],
    [
      'required response property added',
      res,
      obj({}),
      obj({ a: str }, { required: ['a'] }),
      'response-required-property-added',
      'safe',
    ],
    [
      'optional response property added',
      res,
      obj({}),
      obj({ a: str }),
      'response-optional-property-added',
      'safe',
    ],
    [
      'required response property removed',
      res,
      obj({ a: str }, { required: ['a'] }),
      obj({}),
      'response-required-property-removed',
      'breaking',
    ],
    [
      'optional response property removed',
      res,
      obj({ a: str }),
      obj({}),
      'response-optional-property-removed',
      'potentially-breaking',
    ],
    [
      'response property became required',
      res,
      obj({ a: str }),
      obj({ a: str }, { required: ['a'] }),
      'response-property-became-required',
      'safe',
    ],
    [
      'response property became optional',
      res,
      obj({ a: str }, { required: ['a'] }),
      obj({ a: str }),
      'response-property-became-optional',
      'breaking',
    ],
    [
      'response property became write-only',
      res,
      obj({ a: str }),
      obj({ a: { ...str, writeOnly: true } }),
      'response-property-became-write-only',
      'breaking',
    ],
    [
      'response property no longer write-only',
      res,
      obj({ a: { ...str, writeOnly: true } }),
      obj({ a: str }),
      'response-property-became-not-write-only',
      'safe',
    ],
  ];
  for (const [name, build, before, after, id, severity] of cases)
    it(name, async () => {
      expectExactly(await changesOf(build(before), build(after)), [{ id, severity, propertyPath: 'a' }]);
    });
});

const op = (operation: Record<string, unknown>, root: Record<string, unknown> = {}) =>
  itemSpec({ operation, root });
const other = { get: { responses: { '200': { description: 'ok' } } } };
const withPaths = (doc: Record<string, unknown>, extra: Record<string, unknown>) => ({
  ...doc,
  paths: { ...(doc.paths as object), ...extra },
});
const param = (p: Record<string, unknown>) => ({
  parameters: [
    { name: 'id', in: 'path', required: true, schema: str },
    { name: 'q', in: 'query', schema: str, ...p },
  ],
});
const keyScheme = (name: string, where = 'header') => ({
  components: { securitySchemes: { k: { type: 'apiKey', in: where, name } } },
});

const fixed: Array<[string, Record<string, unknown>, Record<string, unknown>, string, ChangeSeverity]> = [
  [
    'path removed',
    withPaths(op({}), { '/old': other }),
    op({}),
    'api-path-removed-without-deprecation',
    'breaking',
  ],
  [
    'deprecated path removed',
    withPaths(op({}), { '/old': { get: { ...other.get, deprecated: true } } }),
    op({}),
    'api-path-removed-with-deprecation',
    'potentially-breaking',
  ],
  [
    'operation removed',
    withPaths(op({}), { '/items/{x}': other }),
    op({}),
    'api-removed-without-deprecation',
    'breaking',
  ],
  [
    'deprecated operation removed',
    withPaths(op({}), { '/items/{x}': { get: { ...other.get, deprecated: true } } }),
    op({}),
    'api-removed-with-deprecation',
    'potentially-breaking',
  ],
  ['path added', op({}), withPaths(op({}), { '/new': other }), 'api-path-added', 'safe'],
  ['operation added', op({}), withPaths(op({}), { '/items/{other}': other }), 'endpoint-added', 'safe'],
  ['operation deprecated', op({}), op({ deprecated: true }), 'endpoint-deprecated', 'safe'],
  ['operation reactivated', op({ deprecated: true }), op({}), 'endpoint-reactivated', 'safe'],
  [
    'operationId removed',
    op({ operationId: 'a' }),
    op({}),
    'api-operation-id-removed',
    'potentially-breaking',
  ],
  [
    'operationId changed',
    op({ operationId: 'a' }),
    op({ operationId: 'b' }),
    'api-operation-id-changed',
    'potentially-breaking',
  ],
  ['operationId added', op({}), op({ operationId: 'a' }), 'api-operation-id-added', 'safe'],
  [
    'parameter removed',
    op({}),
    op({ parameters: [{ name: 'id', in: 'path', required: true, schema: str }] }),
    'request-parameter-removed',
    'potentially-breaking',
  ],
  [
    'parameter became required',
    op({}),
    op(param({ required: true })),
    'request-parameter-became-required',
    'breaking',
  ],
  [
    'parameter became optional',
    op(param({ required: true })),
    op({}),
    'request-parameter-became-optional',
    'safe',
  ],
  [
    'parameter style changed',
    op(param({ style: 'form', explode: false })),
    op(param({ style: 'pipeDelimited', explode: false })),
    'request-parameter-style-changed',
    'breaking',
  ],
  [
    'parameter explode changed',
    op(param({ explode: true })),
    op(param({ explode: false })),
    'request-parameter-explode-changed',
    'breaking',
  ],
  [
    'parameter allowReserved removed',
    op(param({ allowReserved: true })),
    op({}),
    'request-parameter-allow-reserved-removed',
    'breaking',
  ],
  [
    'parameter media type changed',
    op(param({ schema: undefined, content: { 'application/json': { schema: str } } })),
    op(param({ schema: undefined, content: { 'text/plain': { schema: str } } })),
    'request-parameter-media-type-changed',
    'breaking',
  ],
  [
    'required parameter added',
    op({}),
    op({ parameters: [...param({}).parameters, { name: 'r', in: 'header', required: true, schema: str }] }),
    'new-required-request-parameter',
    'breaking',
  ],
  [
    'optional parameter added',
    op({}),
    op({ parameters: [...param({}).parameters, { name: 'r', in: 'header', schema: str }] }),
    'new-optional-request-parameter',
    'safe',
  ],
  [
    'required body added',
    op({ requestBody: undefined }),
    op({ requestBody: { required: true, content: { 'application/json': { schema: str } } } }),
    'request-body-added-required',
    'breaking',
  ],
  ['optional body added', op({ requestBody: undefined }), op({}), 'request-body-added-optional', 'safe'],
  ['body removed', op({}), op({ requestBody: undefined }), 'request-body-removed', 'potentially-breaking'],
  [
    'body became required',
    op({}),
    op({ requestBody: { required: true, content: { 'application/json': { schema: str } } } }),
    'request-body-became-required',
    'breaking',
  ],
  [
    'body became optional',
    op({ requestBody: { required: true, content: { 'application/json': { schema: str } } } }),
    op({}),
    'request-body-became-optional',
    'safe',
  ],
  [
    'request media type removed',
    op({ requestBody: { content: { 'application/json': { schema: str }, 'text/plain': { schema: str } } } }),
    op({}),
    'request-body-media-type-removed',
    'breaking',
  ],
  [
    'request media type added',
    op({}),
    op({ requestBody: { content: { 'application/json': { schema: str }, 'text/plain': { schema: str } } } }),
    'request-body-media-type-added',
    'safe',
  ],
  [
    'success status removed',
    op({ responses: { '200': { description: 'ok' }, '201': { description: 'ok' } } }),
    op({ responses: { '200': { description: 'ok' } } }),
    'response-success-status-removed',
    'breaking',
  ],
  [
    'error status removed',
    op({ responses: { '200': { description: 'ok' }, '404': { description: 'no' } } }),
    op({ responses: { '200': { description: 'ok' } } }),
    'response-non-success-status-removed',
    'potentially-breaking',
  ],
  [
    'success status added',
    op({ responses: { '200': { description: 'ok' } } }),
    op({ responses: { '200': { description: 'ok' }, '201': { description: 'ok' } } }),
    'response-success-status-added',
    'safe',
  ],
  [
    'error status added',
    op({ responses: { '200': { description: 'ok' } } }),
    op({ responses: { '200': { description: 'ok' }, '404': { description: 'no' } } }),
    'response-non-success-status-added',
    'potentially-breaking',
  ],
  [
    'response media type removed',
    op({
      responses: {
        '200': { description: 'ok', content: { 'application/json': { schema: str }, 'text/plain': {} } },
      },
    }),
    op({ responses: { '200': { description: 'ok', content: { 'application/json': { schema: str } } } } }),
    'response-media-type-removed',
    'breaking',
  ],
  [
    'response media type added',
    op({ responses: { '200': { description: 'ok', content: { 'application/json': { schema: str } } } } }),
    op({
      responses: {
        '200': { description: 'ok', content: { 'application/json': { schema: str }, 'text/plain': {} } },
      },
    }),
    'response-media-type-added',
    'safe',
  ],
  [
    'required header removed',
    op({ responses: { '200': { description: 'ok', headers: { 'x-a': { required: true, schema: str } } } } }),
    op({ responses: { '200': { description: 'ok' } } }),
    'required-response-header-removed',
    'breaking',
  ],
  [
    'optional header removed',
    op({ responses: { '200': { description: 'ok', headers: { 'x-a': { schema: str } } } } }),
    op({ responses: { '200': { description: 'ok' } } }),
    'optional-response-header-removed',
    'potentially-breaking',
  ],
  [
    'header became optional',
    op({ responses: { '200': { description: 'ok', headers: { 'x-a': { required: true, schema: str } } } } }),
    op({ responses: { '200': { description: 'ok', headers: { 'x-a': { schema: str } } } } }),
    'response-header-became-optional',
    'breaking',
  ],
  [
    'header became required',
    op({ responses: { '200': { description: 'ok', headers: { 'x-a': { schema: str } } } } }),
    op({ responses: { '200': { description: 'ok', headers: { 'x-a': { required: true, schema: str } } } } }),
    'response-header-became-required',
    'safe',
  ],
  [
    'header added',
    op({ responses: { '200': { description: 'ok' } } }),
    op({ responses: { '200': { description: 'ok', headers: { 'x-a': { schema: str } } } } }),
    'response-header-added',
    'safe',
  ],
  [
    'security added to an open operation',
    op({}, keyScheme('k')),
    op({ security: [{ k: [] }] }, keyScheme('k')),
    'api-security-added',
    'breaking',
  ],
  [
    'security alternative added',
    op(
      { security: [{ k: [] }] },
      {
        components: {
          securitySchemes: {
            k: { type: 'apiKey', in: 'header', name: 'k' },
            b: { type: 'http', scheme: 'bearer' },
          },
        },
      },
    ),
    op(
      { security: [{ k: [] }, { b: [] }] },
      {
        components: {
          securitySchemes: {
            k: { type: 'apiKey', in: 'header', name: 'k' },
            b: { type: 'http', scheme: 'bearer' },
          },
        },
      },
    ),
    'api-security-alternative-added',
    'safe',
  ],
  [
    'security alternative removed',
    op(
      { security: [{ k: [] }, { b: [] }] },
      {
        components: {
          securitySchemes: {
            k: { type: 'apiKey', in: 'header', name: 'k' },
            b: { type: 'http', scheme: 'bearer' },
          },
        },
      },
    ),
    op(
      { security: [{ k: [] }] },
      {
        components: {
          securitySchemes: {
            k: { type: 'apiKey', in: 'header', name: 'k' },
            b: { type: 'http', scheme: 'bearer' },
          },
        },
      },
    ),
    'api-security-removed',
    'breaking',
  ],
  [
    'security scope added',
    op(
      { security: [{ o: ['read'] }] },
      { components: { securitySchemes: { o: { type: 'oauth2', flows: {} } } } },
    ),
    op(
      { security: [{ o: ['read', 'write'] }] },
      { components: { securitySchemes: { o: { type: 'oauth2', flows: {} } } } },
    ),
    'api-security-scope-added',
    'breaking',
  ],
  [
    'security scope removed',
    op(
      { security: [{ o: ['read', 'write'] }] },
      { components: { securitySchemes: { o: { type: 'oauth2', flows: {} } } } },
    ),
    op(
      { security: [{ o: ['read'] }] },
      { components: { securitySchemes: { o: { type: 'oauth2', flows: {} } } } },
    ),
    'api-security-scope-removed',
    'safe',
  ],
  [
    'security scheme type changed',
    op({}, keyScheme('k')),
    op({}, { components: { securitySchemes: { k: { type: 'http', scheme: 'bearer' } } } }),
    'security-scheme-type-changed',
    'breaking',
  ],
  [
    'API key moved',
    op({}, keyScheme('k')),
    op({}, keyScheme('k', 'query')),
    'security-scheme-api-key-changed',
    'breaking',
  ],
  [
    'HTTP scheme changed',
    op({}, { components: { securitySchemes: { k: { type: 'http', scheme: 'basic' } } } }),
    op({}, { components: { securitySchemes: { k: { type: 'http', scheme: 'bearer' } } } }),
    'security-scheme-http-scheme-changed',
    'breaking',
  ],
  [
    'server removed',
    op({}, { servers: [{ url: 'https://a.example' }, { url: 'https://b.example' }] }),
    op({}, { servers: [{ url: 'https://b.example' }] }),
    'api-server-removed',
    'potentially-breaking',
  ],
  [
    'server added',
    op({}, { servers: [{ url: 'https://b.example' }] }),
    op({}, { servers: [{ url: 'https://a.example' }, { url: 'https://b.example' }] }),
    'api-server-added',
    'safe',
  ],
  [
    'base path removed',
    op({}, { servers: [{ url: 'https://a.example/v1' }, { url: 'https://a.example/v2' }] }),
    op({}, { servers: [{ url: 'https://a.example/v2' }] }),
    'api-base-path-removed',
    'breaking',
  ],
];

describe('path, operation, parameter, body, response, header, security and server checks', () => {
  for (const [name, base, head, id, severity] of fixed)
    it(name, async () => {
      const changes = (await changesOf(base, head)).filter(
        (c) => !(id === 'api-base-path-removed' && c.id === 'api-server-removed'),
      );
      expectExactly(changes, [{ id, severity }]);
    });

  it('matches paths by template shape: a renamed path parameter is no change', async () => {
    const renamed = JSON.parse(
      JSON.stringify(itemSpec({})).replaceAll('{id}', '{itemId}').replace('"name":"id"', '"name":"itemId"'),
    ) as Record<string, unknown>;
    expect(await changesOf(itemSpec({}), renamed)).toEqual([]);
  });

  it('reports a $ref that cannot be followed as not compared, never as unchanged', () => {
    const out = new ChangeCollector();
    const site = responseBodySite({ direction: 'response' });
    const context = { baseRoot: {}, headRoot: {}, out, site, visited: new Set<string>() };
    diffSchemas(context, { schema: str, pointer: '/a' }, { schema: { $ref: '#/nowhere' }, pointer: '/a' });
    expect(out.changes.map((c) => [c.id, c.severity])).toEqual([
      ['schema-not-compared', 'potentially-breaking'],
    ]);
    covered.add('schema-not-compared');
  });

  it('stops listing past the bound and says the list is incomplete', () => {
    const out = new ChangeCollector();
    for (let i = 0; i <= MAX_CHANGES + 5; i++)
      out.add({ direction: 'spec' }, 'api-server-added', 'safe', `${i}`);
    expect(out.changes).toHaveLength(MAX_CHANGES + 1);
    expect(out.changes.at(-1)).toMatchObject({ id: 'diff-truncated', severity: 'potentially-breaking' });
    covered.add('diff-truncated');
  });

  it('compares recursive schemas without looping and finds a change deep inside', async () => {
    const tree = (leaf: unknown) => ({
      ...itemSpec({ response: { $ref: '#/components/schemas/Node' } }),
      components: {
        schemas: {
          Node: obj({
            value: leaf,
            children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
          }),
        },
      },
    });
    const changes = await changesOf(tree(str), tree({ type: 'integer' }));
    expectExactly(changes, [
      { id: 'response-property-type-changed', severity: 'breaking', propertyPath: 'value' },
    ]);
  });
});

describe('the catalogue', () => {
  it('has a test above for every check id', () => {
    const untested = checkCatalogue().filter((id) => !covered.has(id));
    expect(untested).toEqual([]);
    expect(checkCatalogue().length).toBeGreaterThan(200);
  });
});
