import { describe, expect, it } from 'vitest';
import { namedSchemaResolver, refName, schemaNode } from './schema-node.js';

const schemas = {
  Pet: {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', minLength: 1 },
      tags: { type: 'array', items: { type: 'string', enum: ['a', 'b'] } },
      parent: { $ref: '#/components/schemas/Pet' },
    },
  },
};
const resolve = namedSchemaResolver(schemas);

describe('schemaNode', () => {
  it('follows refs to named schemas, marks required members and notes constraints', () => {
    const node = schemaNode({ $ref: '#/components/schemas/Pet' }, resolve);
    expect(node.label).toBe('Pet: object');
    expect(node.children.map((c) => [c.name, c.required, c.node.label, c.node.notes])).toEqual([
      ['name', true, 'string', ['minLength 1']],
      ['tags', false, 'array', []],
      ['parent', false, 'Pet', ['recursive: see above']],
    ]);
    expect(node.children[1]!.node.children[0]).toMatchObject({
      name: '[ ]',
      node: { label: 'string', notes: ['one of "a", "b"'] },
    });
  });

  it('names refs it cannot show, and reads unions, type lists and boolean schemas', () => {
    expect(schemaNode({ $ref: '#/paths/~1x/get' }, resolve)).toEqual({
      label: 'get',
      notes: ['refers to #/paths/~1x/get'],
      children: [],
    });
    const union = schemaNode({ oneOf: [{ type: ['string', 'null'] }, true] }, resolve);
    expect(union.label).toBe('one of');
    expect(union.children.map((c) => [c.name, c.node.label])).toEqual([
      ['one of #1', 'string | null'],
      ['one of #2', 'any value'],
    ]);
    expect(refName('#/components/schemas/a~1b%20c')).toBe('a/b c');
  });

  it('stops at a bounded depth', () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 20; i++) deep = { type: 'object', properties: { x: deep } };
    let node = schemaNode(deep, resolve);
    let depth = 0;
    while (node.children.length > 0) {
      node = node.children[0]!.node;
      depth++;
    }
    expect(depth).toBe(8);
    expect(node.label).toBe('…');
  });
});
