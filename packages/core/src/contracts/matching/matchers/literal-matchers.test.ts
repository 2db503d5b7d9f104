import { describe, expect, it } from 'vitest';
import { checkBoolean, checkNotEmpty, checkNull } from './literal-matchers.js';
import { checkSemver } from './semver-matcher.js';
import { checkStatusCode } from './status-code-matcher.js';

const json = { direct: true, stringly: false };
const text = { direct: true, stringly: true };

describe('boolean, null, notEmpty, semver, statusCode', () => {
  it('boolean', () => {
    expect(checkBoolean({ match: 'boolean' }, true, false, json)).toBeUndefined();
    expect(checkBoolean({ match: 'boolean' }, true, 'true', json)).toMatch(/boolean/);
    expect(checkBoolean({ match: 'boolean' }, 'true', 'false', text)).toBeUndefined();
  });

  it('null', () => {
    expect(checkNull({ match: 'null' }, null, null, json)).toBeUndefined();
    expect(checkNull({ match: 'null' }, null, 0, json)).toMatch(/null/);
  });

  it('notEmpty', () => {
    expect(checkNotEmpty({ match: 'notEmpty' }, 'x', 'y', json)).toBeUndefined();
    for (const empty of ['', [], {}, null, undefined])
      expect(checkNotEmpty({ match: 'notEmpty' }, 'x', empty, json)).toMatch(/empty/);
    expect(checkNotEmpty({ match: 'notEmpty' }, [1], 'y', json)).toMatch(/non-empty array/);
  });

  it('semver', () => {
    expect(checkSemver({ match: 'semver' }, '', '1.2.3-beta.1', json)).toBeUndefined();
    expect(checkSemver({ match: 'semver' }, '', '1.2', json)).toMatch(/semantic version/);
    expect(checkSemver({ match: 'semver' }, '', 'v1.2.3', json)).toMatch(/semantic version/);
  });

  it('statusCode by class or list', () => {
    expect(checkStatusCode({ match: 'statusCode', status: 'success' }, 200, 204, json)).toBeUndefined();
    expect(checkStatusCode({ match: 'statusCode', status: 'clientError' }, 400, 500, json)).toMatch(
      /clientError/,
    );
    expect(checkStatusCode({ match: 'statusCode', status: 'nonError' }, 200, 302, json)).toBeUndefined();
    expect(checkStatusCode({ match: 'statusCode', status: [200, 201] }, 200, 201, json)).toBeUndefined();
    expect(checkStatusCode({ match: 'statusCode', status: [200] }, 200, 202, json)).toMatch(/one of/);
    expect(checkStatusCode({ match: 'statusCode', status: 'teapot' }, 200, 418, json)).toMatch(
      /unknown status/,
    );
  });
});
