import { describe, expect, it } from 'vitest';
import { valueAt } from '../specs/pointer.js';
import { UnchangedSchemas } from './unchanged-schemas.js';

const str = { type: 'string' };
/** Two roots with components X → [Y, Z], Y → X (a cycle), Z changed in the head, W unrelated. */
function roots() {
  const schemas = (z: unknown) => ({
    X: { properties: { y: { $ref: '#/components/schemas/Y' }, z: { $ref: '#/components/schemas/Z' } } },
    Y: { items: { $ref: '#/components/schemas/X' } },
    Z: z,
    W: { properties: { a: str } },
    V: { properties: { w: { $ref: '#/components/schemas/W' } } },
  });
  return {
    base: { components: { schemas: schemas({ type: 'string' }) } },
    head: { components: { schemas: schemas({ type: 'integer' }) } },
  };
}
const at = (name: string) => `/components/schemas/${name}`;

function same(unchanged: UnchangedSchemas, base: object, head: object, name: string): boolean {
  return unchanged.same(at(name), valueAt(base, at(name)), valueAt(head, at(name)));
}

describe('UnchangedSchemas', () => {
  it('is true only when nothing a schema reaches through $ref changed, in any order of asking', () => {
    for (const order of [
      ['X', 'Y', 'Z', 'V', 'W'],
      ['Y', 'X', 'W', 'V', 'Z'],
      ['W', 'V', 'Z', 'Y', 'X'],
    ]) {
      const { base, head } = roots();
      const unchanged = new UnchangedSchemas(base, head);
      const answers = Object.fromEntries(order.map((name) => [name, same(unchanged, base, head, name)]));
      expect(answers).toEqual({ X: false, Y: false, Z: false, V: true, W: true });
    }
  });

  it('counts keys in another order, a $ref to nowhere and other objects as changed', () => {
    const base = { a: { type: 'string', format: 'date' }, b: { $ref: '#/nowhere' }, c: str };
    const head = { a: { format: 'date', type: 'string' }, b: { $ref: '#/nowhere' }, c: str };
    const unchanged = new UnchangedSchemas(base, head);
    expect(unchanged.same('/a', base.a, head.a)).toBe(false);
    expect(unchanged.same('/b', base.b, head.b)).toBe(false);
    expect(unchanged.same('/c', base.c, head.c)).toBe(true);
    expect(unchanged.same('/c', { ...str }, head.c)).toBe(false);
  });
});
