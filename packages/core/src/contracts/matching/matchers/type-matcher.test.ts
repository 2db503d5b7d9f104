import { describe, expect, it } from 'vitest';
import { checkType } from './type-matcher.js';

const direct = { direct: true, stringly: false };
const cascaded = { direct: false, stringly: false };

describe('type matcher', () => {
  it('accepts the same JSON type and rejects others', () => {
    expect(checkType({ match: 'type' }, 'a', 'b', direct)).toBeUndefined();
    expect(checkType({ match: 'type' }, 1, 2.5, direct)).toBeUndefined();
    expect(checkType({ match: 'type' }, 1, '1', direct)).toMatch(/same type/);
    expect(checkType({ match: 'type' }, {}, [], direct)).toMatch(/array/);
    expect(checkType({ match: 'type' }, 'a', null, direct)).toMatch(/null/);
  });

  it('bounds array length with min and max where the rule was written', () => {
    expect(checkType({ match: 'type', min: 2 }, [1], [1], direct)).toMatch(/at least 2/);
    expect(checkType({ match: 'type', max: 1 }, [1], [1, 2], direct)).toMatch(/at most 1/);
    expect(checkType({ match: 'min', min: 1 }, [1], [3], direct)).toBeUndefined();
  });

  it('does not cascade min/max to nested arrays', () => {
    expect(checkType({ match: 'type', min: 2 }, [1], [1], cascaded)).toBeUndefined();
  });
});
