import type { Finding, MatrixRow } from '@signet/client';
import { describe, expect, it } from 'vitest';
import { groupFindings, UNMATCHED } from './group-findings.js';
import { pivotMatrix } from './pivot-matrix.js';
import { readInteractions } from './read-interactions.js';

const row = (
  consumerVersion: string,
  providerVersion: string | null,
  status: MatrixRow['status'],
): MatrixRow => ({
  consumer: { name: 'cart', version: consumerVersion, branch: 'main' },
  provider: { name: 'inventory', version: providerVersion, branch: null },
  contractSha: `c-${consumerVersion}`,
  specSha: providerVersion === null ? null : `s-${providerVersion}`,
  status,
  verification: { spec: null, pact: null },
});

describe('pivotMatrix', () => {
  it('puts consumer versions down and provider versions across, in the order the rows come', () => {
    const grid = pivotMatrix([
      row('c2', 'i2', 'compatible'),
      row('c2', 'i1', 'incompatible'),
      row('c1', 'i1', 'compatible'),
    ]);
    expect(grid.consumerVersions.map((c) => c.version)).toEqual(['c2', 'c1']);
    expect(grid.providerVersions.map((p) => p.version)).toEqual(['i2', 'i1']);
    expect(grid.cell('c2', 'i1')?.status).toBe('incompatible');
    expect(grid.cell('c1', 'i2')).toBeUndefined();
  });
});

describe('groupFindings', () => {
  const finding = (code: string, type: Finding['type'], method?: string, path?: string): Finding => ({
    code,
    type,
    message: code,
    mockDetails: { interactionDescription: 'x', interactionState: '', location: '[root]' },
    ...(method ? { specDetails: { location: '[root].paths', pathMethod: method, pathName: path } } : {}),
  });

  it('groups by spec operation, errors before warnings, unmatched requests on their own', () => {
    const groups = groupFindings([
      finding('request.header.unknown', 'warning', 'get', '/items/{id}'),
      finding('request.path-or-method.unknown', 'error'),
      finding('response.body.incompatible', 'error', 'get', '/items/{id}'),
    ]);
    expect(groups.map((g) => [g.operation, g.findings.map((f) => f.code)])).toEqual([
      ['GET /items/{id}', ['response.body.incompatible', 'request.header.unknown']],
      [UNMATCHED, ['request.path-or-method.unknown']],
    ]);
  });
});

describe('readInteractions', () => {
  it('reads Pact v2/v3 HTTP interactions and messages, and v4 typed interactions', () => {
    const v3 = JSON.stringify({
      interactions: [
        {
          description: 'get an item',
          providerStates: [{ name: 'item 1 exists' }],
          request: { method: 'get', path: '/items/1', query: { q: ['a', 'b'] } },
          response: { status: 200 },
        },
      ],
      messages: [{ description: 'item changed', providerState: 'always' }],
    });
    expect(readInteractions(v3)).toEqual([
      {
        kind: 'http',
        description: 'get an item',
        states: ['item 1 exists'],
        method: 'GET',
        path: '/items/1',
        query: 'q=a&q=b',
        status: 200,
      },
      { kind: 'message', description: 'item changed', states: ['always'] },
    ]);
    const v4 = JSON.stringify({
      interactions: [{ type: 'Asynchronous/Messages', description: 'event' }],
    });
    expect(readInteractions(v4)).toEqual([{ kind: 'message', description: 'event', states: [] }]);
    expect(readInteractions('not json')).toEqual([]);
  });
});
