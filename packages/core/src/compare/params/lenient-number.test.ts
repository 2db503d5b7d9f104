import { describe, expect, it } from 'vitest';
import { brief, comparePact } from '../testing/compare-pact.js';

const yaml = `
openapi: 3.0.0
info: { title: t, version: '1' }
paths:
  /q:
    get:
      parameters:
        - { in: query, name: n, schema: { type: number } }
        - { in: query, name: i, schema: { type: integer } }
        - { in: query, name: s, schema: { type: string } }
      responses: { '200': { description: ok } }
`;

const findings = async (query: string): Promise<string[]> => {
  const result = await comparePact(yaml, [
    { description: query, request: { method: 'GET', path: '/q', query }, response: { status: 200 } },
  ]);
  return result.findings.map(brief);
};

describe('numeric query values', () => {
  it('pass in plain decimal form', async () => {
    for (const query of ['n=5', 'n=-1.25', 'n=2e3', 'n=007', 'i=42', 'i=-3', 's=0x10'])
      expect(await findings(query), query).toEqual([]);
  });

  it('warn when only a lenient reading makes them numbers', async () => {
    for (const query of ['n=0x10', 'n=%205', 'n=+5', 'n=.5']) {
      expect(await findings(query), query).toEqual([
        `request.query.incompatible warning [root].interactions[0].request.query.${query[0]}`,
      ]);
    }
  });

  it('stay errors when no reading makes them numbers', async () => {
    expect(await findings('n=abc')).toEqual([
      'request.query.incompatible error [root].interactions[0].request.query.n',
    ]);
    expect(await findings('i=1.5')).toEqual([
      'request.query.incompatible error [root].interactions[0].request.query.i',
    ]);
  });
});
