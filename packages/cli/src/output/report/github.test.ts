import { describe, expect, it } from 'vitest';
import { data, githubCommands, property } from './github.js';
import { sampleReport } from './testing/sample-report.js';

describe('GitHub workflow commands', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(data('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(property('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('writes one command per problem at its file and line, then the verdict', () => {
    const lines = githubCommands(sampleReport()).trimEnd().split('\n');
    expect(lines).toEqual([
      '::error file=pacts/cart-inventory.json,line=12,title=response.body.incompatible::' +
        'a request for <items> & "gadgets": must be integer: 100%25, a,b: c%0Asecond line%0A' +
        'contract: [root].interactions[1].response.body.id',
      '::warning title=request.header.unknown::a request with a header: X-Trace is not in the spec',
      '::notice title=signet compare::pacts/cart-inventory.json against specs/inventory.yaml: ' +
        'incompatible: 1 error(s), 1 warning(s)',
    ]);
  });

  it('names the file without a line when the line is unknown, escaping the path', () => {
    const report = sampleReport();
    report.cases[1]!.problems[0]!.location = { file: 'specs/a,b:c.yaml' };
    expect(githubCommands(report)).toContain('::error file=specs/a%2Cb%3Ac.yaml,title=');
  });
});
