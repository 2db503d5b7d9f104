import type { Operation } from '@signet/core';
import { describe, expect, it } from 'vitest';
import { BODY_EXCERPT_CHARS, responseExcerpt } from './response-excerpt.js';
import { responseLines } from './response-text.js';

const operation = {
  method: 'get',
  path: '/carts/{cartId}',
  parameters: [],
  responses: [{ status: '200', headers: { 'x-request-id': { required: true } }, content: {} }],
} as unknown as Operation;

describe('the answer a failure shows', () => {
  it('keeps the headers that explain it (and those the spec declares), drops the rest', () => {
    const headers = {
      'content-type': 'text/plain',
      date: 'Wed',
      'x-request-id': 'r1',
      connection: 'keep-alive',
    };
    expect(responseExcerpt(operation, { status: 200, headers, body: 'ok' })).toEqual({
      status: 200,
      headers: { 'content-type': 'text/plain', 'x-request-id': 'r1' },
      body: 'ok',
    });
  });

  it('cuts the body at 500 characters, says how much is left out, and never splits a surrogate pair', () => {
    const long = responseExcerpt(operation, { status: 500, headers: {}, body: 'x'.repeat(1200) });
    expect(long).toMatchObject({ body: 'x'.repeat(BODY_EXCERPT_CHARS), omitted: 700 });
    const emoji = responseExcerpt(operation, {
      status: 500,
      headers: {},
      body: 'x'.repeat(BODY_EXCERPT_CHARS - 1) + '😀' + 'tail',
    });
    expect(emoji.body).toBe('x'.repeat(BODY_EXCERPT_CHARS - 1));
    expect(emoji.omitted).toBe(6);
  });

  it('prints status, headers and body indented, with control characters escaped', () => {
    const lines = responseLines(
      { status: 500, headers: { 'content-type': 'text/plain' }, body: 'boom\x1b[31m\r\nline 2', omitted: 3 },
      '  ',
    );
    expect(lines).toEqual([
      '  ← 500',
      '    content-type: text/plain',
      '    boom\\u001b[31m',
      '    line 2',
      '    … (3 more character(s) not shown)',
    ]);
    expect(responseLines({ status: 204, headers: {}, body: '' }, '')).toEqual(['← 204', '  (empty body)']);
  });
});
