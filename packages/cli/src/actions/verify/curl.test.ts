import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { curlLine, shellQuote } from './curl.js';

describe('curlLine', () => {
  it('writes method, URL, headers and body so the request replays exactly', () => {
    const line = curlLine({
      method: 'POST',
      url: 'http://127.0.0.1:3000/items?q=a%20b',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t0k' },
      body: `{"name":"it's"}`,
    });
    expect(line).toBe(
      `curl -X POST 'http://127.0.0.1:3000/items?q=a%20b' -H 'content-type: application/json' -H 'authorization: Bearer t0k' --data-raw '{"name":"it'\\''s"}'`,
    );
  });

  it('leaves out -X for a GET without a body', () => {
    expect(curlLine({ method: 'GET', url: 'http://h/items/1', headers: {} })).toBe(`curl 'http://h/items/1'`);
  });

  it('quotes so that a POSIX shell gives back the exact text', async () => {
    const text = `a'b"c $HOME \`x\` \\ !`;
    const { stdout } = await promisify(execFile)('sh', ['-c', `printf %s ${shellQuote(text)}`]);
    expect(stdout).toBe(text);
  });
});
