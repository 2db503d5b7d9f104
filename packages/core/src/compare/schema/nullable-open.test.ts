import { describe, expect, it } from 'vitest';
import { brief, comparePact } from '../testing/compare-pact.js';

const spec = (format: string, flag: boolean) => `
openapi: ${format}
info: { title: t, version: '1'${flag ? ', x-opc-config-no-transform-non-nullable-response-schema: true' : ''} }
paths:
  /p:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  owner: ${format.startsWith('3.0') ? '{ type: object, nullable: true, properties: { id: { type: integer } } }' : "{ type: [object, 'null'], properties: { id: { type: integer } } }"}
                  plain: { type: object, properties: { id: { type: integer } } }
`;

const interaction = {
  description: 'get',
  request: { method: 'GET', path: '/p' },
  response: {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    body: { owner: { id: 1, nick: 'x' }, plain: { id: 2, nick: 'y' } },
  },
};

describe('x-opc-config-no-transform-non-nullable-response-schema', () => {
  it('leaves undeclared fields of a nullable response object unreported, and only those', async () => {
    const strict = await comparePact(spec('3.0.3', false), [interaction]);
    expect(strict.findings.map(brief)).toEqual([
      'response.body.incompatible error [root].interactions[0].response.body.owner',
      'response.body.incompatible error [root].interactions[0].response.body.plain',
    ]);
    const lenient = await comparePact(spec('3.0.3', true), [interaction]);
    expect(lenient.findings.map(brief)).toEqual([
      'response.body.incompatible error [root].interactions[0].response.body.plain',
    ]);
  });

  it('is not applied to OpenAPI 3.1, where PactFlow reads no nullable keyword', async () => {
    const result = await comparePact(spec('3.1.0', true), [interaction]);
    expect(result.findings.map(brief)).toHaveLength(2);
  });
});
