/**
 * Hostile inputs Signet must reject quickly: each case builds its input (untimed) and returns the call to time.
 * The call should end in a named error (or, for the regex, a mismatch) well within a second.
 */
import type { Core } from './core-dist.js';

export interface BadInputCase {
  title: string;
  /** What a correct outcome looks like, for the reader. */
  expected: string;
  /** The error code a correct outcome throws; `undefined` when the call should return (a mismatch) instead. */
  errorCode?: string;
  prepare(core: Core): () => unknown;
}

const pactWith = (responseJson: string) =>
  '{"consumer":{"name":"c"},"provider":{"name":"p"},"metadata":{"pactSpecification":{"version":"3.0.0"}},' +
  `"interactions":[{"description":"d","request":{"method":"GET","path":"/"},"response":${responseJson}}]}`;

export const badInputCases: Record<string, BadInputCase> = {
  'nested-contract': {
    title: '`parseContract` of a 10 MB pact whose body is 5 million nested arrays',
    expected: '`ContractError` (`contract.too-deep`)',
    errorCode: 'contract.too-deep',
    prepare: (core) => {
      const depth = 5_000_000;
      const text = pactWith(`{"status":200,"body":${'['.repeat(depth)}${']'.repeat(depth)}}`);
      return () => core.parseContract(text);
    },
  },
  'yaml-alias-bomb': {
    title: '`loadSpec` of a YAML alias bomb (9 levels × 9 aliases ≈ 387 million nodes when expanded)',
    expected: '`SpecError` (`spec.yaml-aliases`)',
    errorCode: 'spec.yaml-aliases',
    prepare: (core) => {
      const levels = 'abcdefghi'.split('');
      const lines = ['openapi: 3.0.3', 'info: { title: bomb, version: "1" }', 'paths: {}'];
      lines.push(`x-a: &a [${Array(9).fill('"lol"').join(', ')}]`);
      for (let i = 1; i < levels.length; i++) {
        lines.push(
          `x-${levels[i]}: &${levels[i]} [${Array(9)
            .fill(`*${levels[i - 1]}`)
            .join(', ')}]`,
        );
      }
      const text = lines.join('\n');
      return () => core.loadSpec(text);
    },
  },
  'regex-backtracking': {
    title:
      '`matchResponse` with the regex matcher `^(a+)+$` on 40 × "a" + "!" (exponential in a backtracking engine)',
    expected: 'a mismatch, not a hang',
    prepare: (core) => {
      const expected = {
        status: 200,
        body: { name: 'aaa' },
        matchingRules: { body: { '$.name': { matchers: [{ match: 'regex', regex: '^(a+)+$' }] } } },
      };
      const actual = { status: 200, body: { name: `${'a'.repeat(40)}!` } };
      return () => {
        const result = core.matchResponse(expected, actual, { pactVersion: '3' });
        if (result.matched) throw new Error('matched, but the value does not satisfy the regex');
        return result.mismatches.map((m) => m.message);
      };
    },
  },
  'remote-ref': {
    title: '`loadSpec` of a spec with a remote `$ref` (`https://example.com/schemas/pet.json`)',
    expected: '`SpecError` (`spec.ref.remote`), no network access',
    errorCode: 'spec.ref.remote',
    prepare: (core) => {
      const spec = {
        openapi: '3.0.3',
        info: { title: 'remote', version: '1' },
        paths: {
          '/pets': {
            get: {
              responses: {
                '200': {
                  description: 'ok',
                  content: {
                    'application/json': { schema: { $ref: 'https://example.com/schemas/pet.json' } },
                  },
                },
              },
            },
          },
        },
      };
      return () => core.loadSpec(JSON.stringify(spec));
    },
  },
};
