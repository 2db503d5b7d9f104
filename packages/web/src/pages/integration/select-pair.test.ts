import type { MatrixRow } from '@signet/client';
import { describe, expect, it } from 'vitest';
import { pairQuery, samePair, selectPair } from './select-pair.js';

// Two consumer versions with one contract, two provider versions with different specs: content pairs repeat.
const row = (consumerVersion: string, providerVersion: string | null): MatrixRow => ({
  consumer: { name: 'cart', version: consumerVersion, branch: 'main' },
  provider: { name: 'inventory', version: providerVersion, branch: 'main' },
  contractSha: 'same-contract',
  specSha: providerVersion === null ? 'unversioned-spec' : `spec-${providerVersion}`,
  status: 'compatible',
  verification: { spec: null, pact: null },
});
const rows = [row('c2', 'p2'), row('c2', 'p1'), row('c1', 'p2'), row('c1', 'p1'), row('c1', null)];
const search = (query: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined));
const versions = (choice: ReturnType<typeof selectPair>) =>
  choice.kind === 'missing' ? 'missing' : `${choice.row?.consumer.version} × ${choice.row?.provider.version}`;

describe('selectPair', () => {
  it('picks the cell of the consumer version × provider version, not the first with the same contents', () => {
    expect(versions(selectPair(rows, search(pairQuery(row('c1', 'p1')))))).toBe('c1 × p1');
    expect(versions(selectPair(rows, search(pairQuery(row('c1', null)))))).toBe('c1 × null');
    expect(selectPair(rows, search(pairQuery(row('c1', 'p1')))).kind).toBe('chosen');
  });

  it('says a requested pair is missing rather than showing another one', () => {
    expect(selectPair(rows, search(pairQuery(row('c9', 'p1'))))).toEqual({
      kind: 'missing',
      consumerVersion: 'c9',
      providerVersion: 'p1',
    });
  });

  it('reads older content-hash links, narrowed by the consumer version filter', () => {
    const legacy = { contractSha: 'same-contract', specSha: 'spec-p1' };
    expect(versions(selectPair(rows, search(legacy)))).toBe('c2 × p1');
    expect(versions(selectPair(rows, search({ ...legacy, consumerVersion: 'c1' })))).toBe('c1 × p1');
  });

  it('defaults to the newest row with a spec when nothing is chosen', () => {
    expect(selectPair(rows, search({}))).toEqual({ kind: 'default', row: rows[0] });
    expect(selectPair([], search({}))).toEqual({ kind: 'default', row: undefined });
  });

  it('samePair compares versions only', () => {
    expect(samePair(row('c1', 'p1'), { ...row('c1', 'p1'), contractSha: 'other' })).toBe(true);
    expect(samePair(row('c1', 'p1'), row('c2', 'p1'))).toBe(false);
    expect(samePair(row('c1', 'p1'), undefined)).toBe(false);
  });
});
