import { loadSpec } from '@signet/core';
import { describe, expect, it } from 'vitest';
import { SchemaValidators } from '../schema-validators.js';
import { runChecks } from './index.js';

// A pattern RE2 cannot express and RegExp cannot run safely (lookahead with a nested quantifier).
const unsafe = '^(?=a)(a+)+$';

async function checksOn(body: string, headers: Record<string, string>) {
  const spec = await loadSpec(
    JSON.stringify({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/names': {
          get: {
            responses: {
              '200': {
                description: 'ok',
                headers: { 'X-Trace': { schema: { type: 'string', pattern: unsafe } } },
                content: {
                  'application/json': {
                    schema: { type: 'object', properties: { name: { type: 'string', pattern: unsafe } } },
                  },
                },
              },
            },
          },
        },
      },
    }),
  );
  const operation = spec.operations[0];
  if (!operation) throw new Error('no operation');
  return runChecks({
    operation,
    kind: 'example',
    method: 'GET',
    response: { status: 200, headers: { 'content-type': 'application/json', ...headers }, body },
    validators: new SchemaValidators(spec),
    allowUndeclaredResponseFields: false,
  });
}

describe('a response value its schema cannot check', () => {
  it('fails the body check, naming the pattern, rather than passing it', async () => {
    const outcomes = await checksOn(JSON.stringify({ name: 'aaa' }), {});
    const body = outcomes.find((outcome) => outcome.check === 'response-body');
    expect(body?.failure?.message).toMatch(
      /^body could not be checked against the schema: .*\^\(\?=a\)\(a\+\)\+\$/,
    );
  });

  it('fails the header check, naming the header, rather than passing it', async () => {
    const outcomes = await checksOn(JSON.stringify({}), { 'x-trace': 'aaa' });
    const headers = outcomes.find((outcome) => outcome.check === 'response-headers');
    expect(headers?.failure?.message).toContain('header value(s) could not be checked: x-trace (');
  });

  it('still passes a value the schema can check', async () => {
    const outcomes = await checksOn(JSON.stringify({}), {});
    expect(outcomes.filter((outcome) => outcome.failure)).toEqual([]);
  });
});
