import { describe, expect, it } from 'vitest';
import { pathTemplate } from './path-template.js';

const matches = (regex: string | undefined, path: string): boolean => new RegExp(regex ?? '^$').test(path);

describe('pathTemplate', () => {
  it('leaves a fixed path alone, without a rule', () => {
    expect(pathTemplate('/pets')).toEqual({ template: '/pets' });
    expect(pathTemplate('/')).toEqual({ template: '/' });
  });

  it('names numeric, uuid, date and token segments and builds a path regex that accepts other values', () => {
    const { template, rule } = pathTemplate('/users/12/orders/3f2b8c9e-1d4a-4b6f-9e2d-7a1c5b3e8f00/items/7');
    expect(template).toBe('/users/{id}/orders/{uuid}/items/{id2}');
    expect(rule?.match).toBe('regex');
    expect(matches(rule?.regex, '/users/99/orders/00000000-0000-4000-8000-000000000000/items/1')).toBe(true);
    expect(matches(rule?.regex, '/users/abc/orders/00000000-0000-4000-8000-000000000000/items/1')).toBe(
      false,
    );
    expect(matches(rule?.regex, '/users/1/orders/x/items/1')).toBe(false);
    expect(pathTemplate('/reports/2024-05-01').template).toBe('/reports/{date}');
    expect(pathTemplate('/files/5f1d7c3e9a2b4c6d8e0f1a2b').template).toBe('/files/{token}');
  });

  it('escapes literal segments in the regex', () => {
    const { rule } = pathTemplate('/v1.0/items/5');
    expect(matches(rule?.regex, '/v1.0/items/6')).toBe(true);
    expect(matches(rule?.regex, '/v1x0/items/6')).toBe(false);
  });
});
