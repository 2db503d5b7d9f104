import { HttpSyntaxError } from './http-syntax-error.js';

const MAX_LINE = 8 * 1024;
const LF = 10;

/**
 * Decodes a `Transfer-Encoding: chunked` body incrementally, as its bytes arrive in arbitrary pieces
 * (RFC 9112 §7.1): chunk sizes with optional extensions, chunk data, the last chunk and any trailer lines.
 */
export class ChunkedDecoder {
  private state: 'size' | 'data' | 'data-end' | 'trailer' | 'done' = 'size';
  private line = '';
  private remaining = 0;

  get done(): boolean {
    return this.state === 'done';
  }

  /** Consumes bytes of `chunk` from `offset`, passing chunk data to `onData`; returns the bytes consumed. */
  feed(chunk: Buffer, offset: number, onData: (data: Buffer) => void): number {
    let at = offset;
    while (at < chunk.length && this.state !== 'done') {
      if (this.state === 'data') {
        const take = Math.min(this.remaining, chunk.length - at);
        onData(chunk.subarray(at, at + take));
        at += take;
        this.remaining -= take;
        if (this.remaining === 0) this.state = 'data-end';
        continue;
      }
      const end = chunk.indexOf(LF, at);
      const piece = chunk.toString('latin1', at, end < 0 ? chunk.length : end + 1);
      at = end < 0 ? chunk.length : end + 1;
      this.line += piece;
      if (this.line.length > MAX_LINE) throw new HttpSyntaxError('chunked body: line too long');
      if (end < 0) break;
      const line = this.line.replace(/\r?\n$/, '');
      this.line = '';
      this.onLine(line);
    }
    return at - offset;
  }

  private onLine(line: string): void {
    if (this.state === 'data-end') {
      if (line !== '') throw new HttpSyntaxError('chunked body: missing CRLF after chunk data');
      this.state = 'size';
    } else if (this.state === 'trailer') {
      if (line === '') this.state = 'done';
    } else {
      const size = /^[0-9a-fA-F]{1,15}(?=[ \t;]|$)/.exec(line);
      if (size === null) throw new HttpSyntaxError(`chunked body: bad chunk size "${line.slice(0, 40)}"`);
      this.remaining = Number.parseInt(size[0], 16);
      this.state = this.remaining === 0 ? 'trailer' : 'data';
    }
  }
}
