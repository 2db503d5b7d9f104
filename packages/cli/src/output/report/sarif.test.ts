import { describe, expect, it } from 'vitest';
import { artifactUri, sarifLog } from './sarif.js';
import { sarifSchemaErrors } from './testing/report-schemas.js';
import { sampleReport } from './testing/sample-report.js';

interface Log {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string }> } };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations?: unknown[];
      relatedLocations?: unknown[];
    }>;
  }>;
}

describe('SARIF writer', () => {
  it('is valid against the official SARIF 2.1.0 schema', () => {
    expect(sarifSchemaErrors(sarifLog(sampleReport(), '0.1.0'))).toEqual([]);
    expect(sarifSchemaErrors(sarifLog({ ...sampleReport(), cases: [] }, '0.1.0'))).toEqual([]);
  });

  it('is checked by a schema that can refuse: a result with an unknown level fails', () => {
    const log = JSON.parse(sarifLog(sampleReport(), '0.1.0')) as Log;
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(sarifSchemaErrors(JSON.stringify(log)).length).toBeGreaterThan(0);
  });

  it('has a rule per code and a result per problem, pointing at the rule, with file and line', () => {
    const log = JSON.parse(sarifLog(sampleReport(), '0.1.0')) as Log;
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([
      'request.header.unknown',
      'response.body.incompatible',
    ]);
    expect(run.results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['response.body.incompatible', 1, 'error'],
      ['request.header.unknown', 0, 'warning'],
    ]);
    expect(run.results[0]!.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'pacts/cart-inventory.json' },
          region: { startLine: 12 },
        },
      },
    ]);
    expect(run.results[0]!.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: { artifactLocation: { uri: 'specs/inventory.yaml' }, region: { startLine: 30 } },
      },
    ]);
    expect(run.results[1]!.locations).toBeUndefined();
  });

  it('writes relative paths as relative URIs and absolute ones as file URLs', () => {
    expect(artifactUri('specs/my api.yaml')).toBe('specs/my%20api.yaml');
    expect(artifactUri('/tmp/x y/a.json')).toBe('file:///tmp/x%20y/a.json');
  });
});
