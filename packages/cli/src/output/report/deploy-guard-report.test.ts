import { describe, expect, it } from 'vitest';
import type { DeployCheck } from '../../actions/deploy-guard/check-deploy.js';
import { deployGuardReport } from './deploy-guard-report.js';

const cart = { service: 'cart', version: 'c1' };
const inventory = { service: 'inventory', version: 'i1' };

const check: DeployCheck = {
  service: 'cart',
  version: 'c1',
  environment: 'production',
  verdict: 'unsafe',
  reasons: [
    {
      kind: 'incompatible',
      effect: 'blocks',
      integration: { consumer: cart, provider: inventory },
      contractSha: 'a',
      specSha: 'b',
      findings: {
        compatible: false,
        errorCount: 3,
        warningCount: 0,
        errors: [
          {
            code: 'request.path-or-method.unknown',
            message: 'no operation',
            interaction: 'get a gadget',
            operation: 'GET /api/gadgets/1',
          },
        ],
      },
    },
    { kind: 'not-verified', effect: 'unknown', provider: inventory },
    {
      kind: 'compatible',
      effect: 'ok',
      integration: { consumer: cart, provider: inventory },
      via: 'comparison',
      contractSha: 'a',
    },
  ],
  missingOperations: [
    {
      consumer: cart,
      provider: inventory,
      request: 'GET /api/gadgets/1',
      operation: 'GET /api/gadgets/{id}',
      specVersion: 'i2',
    },
  ],
};

describe('deployGuardReport', () => {
  it('makes a case per reason, failed when it blocks or leaves the verdict unknown', () => {
    const report = deployGuardReport(check);
    expect(report).toMatchObject({ title: 'deploy cart@c1 to production', passed: false, summary: 'unsafe' });
    expect(report.cases.map((c) => [c.failed, c.problems.map((p) => `${p.level} ${p.code}`)])).toEqual([
      [true, ['error incompatible', 'error request.path-or-method.unknown', 'error more-errors']],
      [true, ['warning not-verified']],
      [false, []],
    ]);
  });

  it("names the finding's request and the operation the newest spec has for it", () => {
    const [finding] = deployGuardReport(check).cases[0]!.problems.slice(1);
    expect(finding).toMatchObject({
      message: 'GET /api/gadgets/1: no operation',
      detail: "missing operation GET /api/gadgets/{id} in inventory's newest spec",
    });
    expect(finding?.location).toBeUndefined();
  });
});
