import { describe, expect, it } from 'vitest';
import type { CapturedBody } from '../transport/index.js';
import { capturedShape, recordBody } from './recorded-body.js';

const captured = (bytes: Buffer | string, totalBytes?: number): CapturedBody => {
  const buffer = Buffer.from(bytes);
  return {
    bytes: buffer,
    totalBytes: totalBytes ?? buffer.length,
    truncated: (totalBytes ?? buffer.length) > buffer.length,
  };
};

describe('recordBody', () => {
  it('records JSON with rules, problem+json included', () => {
    const recorded = recordBody(captured('{"id":3}'), 'application/problem+json');
    expect(recorded.body).toEqual({
      kind: 'json',
      value: { id: 3 },
      contentType: 'application/problem+json',
    });
    expect(recorded.rules).toEqual({ '$.id': [{ match: 'integer' }] });
  });

  it('records text, broken JSON and untyped UTF-8 as text, and bytes as base64', () => {
    expect(recordBody(captured('<a/>'), 'application/xml').body).toEqual({
      kind: 'text',
      text: '<a/>',
      contentType: 'application/xml',
    });
    expect(recordBody(captured('{oops'), 'application/json').body).toMatchObject({
      kind: 'text',
      text: '{oops',
    });
    expect(recordBody(captured('plain words'), undefined).body).toEqual({
      kind: 'text',
      text: 'plain words',
      contentType: 'text/plain',
    });
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    expect(recordBody(captured(bytes), 'image/png').body).toEqual({
      kind: 'binary',
      base64: bytes.toString('base64'),
      contentType: 'image/png',
    });
    expect(recordBody(captured(bytes), undefined).body).toMatchObject({
      kind: 'binary',
      contentType: 'application/octet-stream',
    });
  });

  it('records a form as text with rules per volatile field', () => {
    const recorded = recordBody(captured('id=7&name=Rex'), 'application/x-www-form-urlencoded');
    expect(recorded.body).toMatchObject({ kind: 'text', text: 'id=7&name=Rex' });
    expect(Object.keys(recorded.rules)).toEqual(['$.id']);
  });

  it('does not pass off the beginning of a body too large to keep as its example', () => {
    const binary = recordBody(captured('abcd', 10_000_000), 'application/octet-stream');
    expect(binary.body).toEqual({ kind: 'binary', base64: '', contentType: 'application/octet-stream' });
    expect(binary.rules).toEqual({ $: [{ match: 'contentType', value: 'application/octet-stream' }] });
    expect(binary.note).toContain('10000000-byte');
    const json = recordBody(captured('[1,', 10_000_000), 'application/json');
    expect(json.body).toBeUndefined();
    expect(json.note).toContain('application/json');
  });

  it('records nothing for an empty body', () => {
    expect(recordBody(captured(''), 'application/json')).toEqual({ rules: {} });
  });
});

describe('capturedShape', () => {
  it('tells JSON bodies apart by structure, not values', () => {
    const shape = (text: string): string => capturedShape(captured(text), 'application/json');
    expect(shape('{"a":1,"b":"x"}')).toBe(shape('{"b":"y","a":2}'));
    expect(shape('{"a":1}')).not.toBe(shape('{"a":"1"}'));
    expect(shape('[{"a":1}]')).not.toBe(shape('[]'));
    expect(capturedShape(captured('a=1&b=2'), 'application/x-www-form-urlencoded')).toBe(
      capturedShape(captured('b=3&a=4'), 'application/x-www-form-urlencoded'),
    );
    expect(capturedShape(captured(''), undefined)).toBe('');
  });
});
