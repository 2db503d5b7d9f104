import { describe, expect, it } from 'vitest';
import { hasNestedQuantifier } from './nested-quantifier.js';

describe('hasNestedQuantifier', () => {
  it('spots a quantified group holding a quantifier', () => {
    expect(hasNestedQuantifier('(a+)+')).toBe(true);
    expect(hasNestedQuantifier('(?:a*b)*')).toBe(true);
    expect(hasNestedQuantifier('((a){2})?')).toBe(true);
  });

  it('spots a quantified group holding an alternation', () => {
    expect(hasNestedQuantifier('(a|a)*')).toBe(true);
    expect(hasNestedQuantifier('(?=x)(a|ab)+$')).toBe(true);
  });

  it('leaves plain quantifiers, literal parentheses and classes alone', () => {
    expect(hasNestedQuantifier('(ab)+c*')).toBe(false);
    expect(hasNestedQuantifier('a|b+')).toBe(false);
    expect(hasNestedQuantifier('\\(a+\\)+')).toBe(false);
    expect(hasNestedQuantifier('[(a+)]+')).toBe(false);
    expect(hasNestedQuantifier('(?=.*\\d)[a-z]+')).toBe(false);
  });
});
