import { describe, expect, it } from 'vitest';
import { brief, comparePact } from '../testing/compare-pact.js';

const spec = (version: string) =>
  version === '2.0'
    ? `
swagger: '2.0'
info: { title: t, version: '1' }
paths:
  /limits:
    get:
      responses:
        '200': { description: ok, headers: { X-Rate-Limit: { type: integer } } }
`
    : `
openapi: 3.0.0
info: { title: t, version: '1' }
paths:
  /limits:
    get:
      responses:
        '200': { description: ok, headers: { X-Rate-Limit: { schema: { type: integer } } } }
`;

const interaction = {
  description: 'limits',
  request: { method: 'GET', path: '/limits' },
  response: { status: 200, headers: { 'x-rate-LIMIT': 'many', 'X-Other': '1' } },
};

describe('response header findings', () => {
  it.each(['2.0', '3.0'])('name a declared header as the spec writes it (%s)', async (version) => {
    const result = await comparePact(spec(version), [interaction]);
    expect(result.findings.map(brief)).toEqual([
      'response.header.incompatible error [root].interactions[0].response.headers.X-Rate-Limit',
      'response.header.unknown error [root].interactions[0].response.headers.x-other',
    ]);
  });
});
