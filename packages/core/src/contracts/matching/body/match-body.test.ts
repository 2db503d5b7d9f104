import { describe, expect, it } from 'vitest';
import type { Body } from '../../model.js';
import { matchBody } from './match-body.js';

const json = (value: unknown, contentType?: string): Body => ({
  kind: 'json',
  value,
  ...(contentType ? { contentType } : {}),
});
const text = (value: string, contentType?: string): Body => ({
  kind: 'text',
  text: value,
  ...(contentType ? { contentType } : {}),
});
const open = { rules: undefined, allowUnexpectedKeys: true };

describe('matchBody', () => {
  it('treats absent, empty and null expectations as Pact does', () => {
    expect(matchBody({ kind: 'absent' }, json({ a: 1 }), open)).toEqual([]);
    expect(matchBody(json(null), { kind: 'absent' }, open)).toEqual([]);
    expect(matchBody(text(''), text(''), open)).toEqual([]);
    expect(matchBody(json(null), json({ a: 1 }), open)).toHaveLength(1);
    expect(matchBody(json({ a: 1 }), { kind: 'absent' }, open)[0]?.message).toMatch(/none was received/);
    expect(matchBody(text(''), text('x'), open)[0]?.message).toMatch(/empty body/);
  });

  it('reports a content-type mismatch as body-type', () => {
    expect(matchBody(text('<a/>', 'application/xml'), text('{}', 'application/json'), open)[0]).toMatchObject(
      { kind: 'body-type', expected: 'application/xml', actual: 'application/json' },
    );
    expect(matchBody(text('a', 'text/plain'), text('a', 'text/html'), open)[0]?.kind).toBe('body-type');
  });

  it('sniffs undeclared bodies: JSON text is JSON, markup is XML', () => {
    expect(matchBody(json({ a: 1 }), text('{"a":1,"b":2}'), open)).toEqual([]);
    expect(matchBody(text('<a x="1"/>'), text('<a x="1"/>', 'text/xml'), open)).toEqual([]);
    expect(
      matchBody(json({ a: 1 }, 'application/json'), text('{oops', 'application/json'), open)[0]?.message,
    ).toMatch(/not valid JSON/);
    expect(matchBody(text('<a is not xml'), text('<a is not xml'), open)).toEqual([]);
    expect(
      matchBody(text('<a x="1"/>', 'application/xml'), text('<a x=', 'application/xml'), open)[0]?.message,
    ).toMatch(/cannot be read/);
  });

  it('compares text with a rule at $ or by equality', () => {
    const rules = { $: { combine: 'AND' as const, matchers: [{ match: 'regex', regex: 'hello .+' }] } };
    expect(
      matchBody(text('hello you', 'text/plain'), text('hello world', 'text/plain'), {
        rules,
        allowUnexpectedKeys: true,
      }),
    ).toEqual([]);
    expect(
      matchBody(text('hello you', 'text/plain'), text('bye', 'text/plain'), {
        rules,
        allowUnexpectedKeys: true,
      }),
    ).toHaveLength(1);
    expect(matchBody(text('a', 'text/plain'), text('b', 'text/plain'), open)).toHaveLength(1);
  });

  it('compares form bodies as fields', () => {
    const form = 'application/x-www-form-urlencoded';
    expect(
      matchBody(text('a=1&b=x+y', form), text('b=x%20y&a=1', form), {
        rules: undefined,
        allowUnexpectedKeys: false,
      }),
    ).toEqual([]);
    expect(
      matchBody(text('a=1', form), text('a=1&c=3', form), { rules: undefined, allowUnexpectedKeys: false })[0]
        ?.path,
    ).toBe('$.c');
  });

  it('compares binary bodies by bytes or a contentType rule', () => {
    const png: Body = {
      kind: 'binary',
      base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1]).toString('base64'),
      contentType: 'image/png',
    };
    const other: Body = {
      kind: 'binary',
      base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 2]).toString('base64'),
      contentType: 'image/png',
    };
    expect(matchBody(png, png, open)).toEqual([]);
    expect(matchBody(png, other, open)).toHaveLength(1);
    const rules = {
      $: { combine: 'AND' as const, matchers: [{ match: 'contentType', value: 'image/png' }] },
    };
    expect(matchBody(png, other, { rules, allowUnexpectedKeys: true })).toEqual([]);
  });
});
