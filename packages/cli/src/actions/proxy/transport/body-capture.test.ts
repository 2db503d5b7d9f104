import { describe, expect, it } from 'vitest';
import { BodyCapture } from './body-capture.js';

describe('BodyCapture', () => {
  it('keeps everything under the limit', () => {
    const capture = new BodyCapture(10);
    capture.add(Buffer.from('abc'));
    capture.add(Buffer.from('def'));
    expect(capture.result()).toEqual({ bytes: Buffer.from('abcdef'), totalBytes: 6, truncated: false });
  });

  it('keeps only the first bytes of a larger body and counts all of them', () => {
    const capture = new BodyCapture(4);
    for (const part of ['abc', 'def', 'ghi']) capture.add(Buffer.from(part));
    expect(capture.result()).toEqual({ bytes: Buffer.from('abcd'), totalBytes: 9, truncated: true });
  });
});
