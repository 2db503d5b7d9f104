import type { ComparisonResult, Finding } from '@signet/core';
import { describe, expect, it } from 'vitest';
import { comparisonReport } from './comparison-report.js';
import { SourceLines } from './source-lines.js';

function finding(index: number, type: Finding['type'], code: Finding['code']): Finding {
  return {
    code,
    type,
    message: `${code} here`,
    mockDetails: {
      interactionDescription: `interaction ${index}`,
      interactionState: index === 1 ? 'a pet exists' : '[none]',
      location: `[root].interactions[${index}].response.status`,
    },
    specDetails: { location: '[root].paths./pets.get', pathMethod: 'get', pathName: '/pets' },
  };
}

const contract = JSON.stringify(
  { interactions: [{ description: 'a' }, { description: 'b', response: { status: 200 } }] },
  null,
  2,
);
const sources = {
  specFile: 'spec.yaml',
  contractFile: 'pact.json',
  specLines: new SourceLines('paths:\n  /pets:\n    get: {}\n'),
  contractLines: new SourceLines(contract),
  interactions: [
    { location: '[root].interactions[0]', name: 'interaction 0' },
    { location: '[root].interactions[1]', name: 'interaction 1 (given a pet exists)' },
  ],
};

describe('comparisonReport', () => {
  it('makes a case per interaction, those without findings passing, infos as notes', () => {
    const result: ComparisonResult = {
      compatible: false,
      findings: [
        finding(1, 'error', 'response.status.unknown'),
        finding(1, 'info', 'response.status.default'),
      ],
    };
    const report = comparisonReport(result, sources);
    expect(report.summary).toBe('incompatible: 1 error(s), 1 warning(s)');
    expect(report.cases.map((c) => [c.name, c.failed, c.problems.map((p) => p.level)])).toEqual([
      ['interaction 0', false, []],
      ['interaction 1 (given a pet exists)', true, ['error', 'note']],
    ]);
  });

  it('points at the contract line and names the spec line', () => {
    const result: ComparisonResult = {
      compatible: false,
      findings: [finding(1, 'error', 'response.status.unknown')],
    };
    const [problem] = comparisonReport(result, sources).cases[1]!.problems;
    expect(problem?.location).toEqual({ file: 'pact.json', line: 9 });
    expect(problem?.related).toEqual([{ file: 'spec.yaml', line: 3 }]);
    expect(problem?.detail).toBe(
      'contract: pact.json:9 at [root].interactions[1].response.status\n' +
        'spec: spec.yaml:3 at [root].paths./pets.get\noperation: GET /pets',
    );
  });
});
