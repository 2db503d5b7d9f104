import { describe, expect, it } from 'vitest';
import { deserialiseString } from './deserialise.js';
import { schemaShape } from './schema-shape.js';

const how = (style: string, explode: boolean) => ({ name: 'id', style, explode });

describe('deserialiseString', () => {
  it('reads simple style (paths and headers)', () => {
    expect(deserialiseString('1,2,3', 'array', how('simple', false))).toEqual(['1', '2', '3']);
    expect(deserialiseString('1,2,3', 'primitive', how('simple', false))).toBe('1,2,3');
    expect(deserialiseString('a,1,b,2', 'object', how('simple', false))).toEqual({ a: '1', b: '2' });
    expect(deserialiseString('a=1,b=2', 'object', how('simple', true))).toEqual({ a: '1', b: '2' });
  });

  it('reads label style and requires its dot', () => {
    expect(deserialiseString('.1.2.3', 'array', how('label', true))).toEqual(['1', '2', '3']);
    expect(deserialiseString('.1,2,3', 'array', how('label', false))).toEqual(['1', '2', '3']);
    expect(deserialiseString('1,2', 'array', how('label', false))).toBeUndefined();
  });

  it('reads matrix style with or without the parameter name', () => {
    expect(deserialiseString(';id=1;id=2', 'array', how('matrix', true))).toEqual(['1', '2']);
    expect(deserialiseString(';1;2;3', 'array', how('matrix', true))).toEqual(['1', '2', '3']);
    expect(deserialiseString(';id=1,2', 'array', how('matrix', false))).toEqual(['1', '2']);
    expect(deserialiseString(';id=5', 'primitive', how('matrix', false))).toBe('5');
    expect(deserialiseString('5', 'primitive', how('matrix', false))).toBeUndefined();
  });

  it('never builds objects with a prototype from contract keys', () => {
    const value = deserialiseString('__proto__=1', 'object', how('simple', true)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(value['__proto__']).toBe('1');
  });
});

describe('schemaShape', () => {
  const root = { components: { schemas: { Ids: { type: 'array', items: { type: 'integer' } } } } };
  const ref = (schema: Record<string, unknown>) => ({ pointer: '/x', schema });

  it('follows $ref and reads type, items and properties', () => {
    expect(schemaShape(root, ref({ $ref: '#/components/schemas/Ids' }))).toBe('array');
    expect(schemaShape(root, ref({ type: ['object', 'null'] }))).toBe('object');
    expect(schemaShape(root, ref({ properties: {} }))).toBe('object');
    expect(schemaShape(root, ref({ type: 'integer' }))).toBe('primitive');
    expect(schemaShape(root, undefined)).toBe('primitive');
  });

  it('takes a composition as an array only when every branch is one', () => {
    expect(schemaShape(root, ref({ oneOf: [{ type: 'string' }] }))).toBe('primitive');
    expect(schemaShape(root, ref({ anyOf: [{ type: 'array' }, { $ref: '#/components/schemas/Ids' }] }))).toBe(
      'array',
    );
    expect(schemaShape(root, ref({ anyOf: [{ type: 'array' }, { type: 'string' }] }))).toBe('primitive');
  });
});
