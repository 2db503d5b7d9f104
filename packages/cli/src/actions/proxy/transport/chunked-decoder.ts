import { checkFieldLine, hasControl, quote } from './field-syntax.js';
import { HttpSyntaxError } from './http-syntax-error.js';

const MAX_LINE = 8 * 1024;
const LF = 10;
/** A chunk size, then optional whitespace and extensions (`1a;name=value`), nothing else. */
const STRICT_SIZE = /^([0-9a-fA-F]{1,15})[ \t]*(?:;.*)?$/s;
/** A chunk size followed by anything after a space, tab or semicolon. */
const LENIENT_SIZE = /^([0-9a-fA-F]{1,15})(?=[ \t;]|$)/;

/**
 * Decodes a `Transfer-Encoding: chunked` body incrementally, as its bytes arrive in arbitrary pieces
 * (RFC 9112 §7.1): chunk sizes with optional extensions, chunk data, the last chunk and any trailer lines.
 * `strict` (for requests) refuses what servers disagree on: a line not ended by CRLF, a control character in
 * an extension, a trailer that is not a header line; without it, a lone LF ends a line.
 */
export class ChunkedDecoder {
  private state: 'size' | 'data' | 'data-end' | 'trailer' | 'done' = 'size';
  private line = '';
  private remaining = 0;

  constructor(private readonly strict = false) {}

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
      const line = this.lineContent(this.line);
      this.line = '';
      this.onLine(line);
    }
    return at - offset;
  }

  /** A line without its end: CRLF when strict (a lone CR or LF is refused), else CRLF or LF. */
  private lineContent(line: string): string {
    if (!this.strict) return line.replace(/\r?\n$/, '');
    if (!line.endsWith('\r\n')) throw new HttpSyntaxError('chunked body: line not ended by CRLF');
    const content = line.slice(0, -2);
    if (content.includes('\r')) throw new HttpSyntaxError('chunked body: bare CR in a line');
    return content;
  }

  private onLine(line: string): void {
    if (this.state === 'data-end') {
      if (line !== '') throw new HttpSyntaxError('chunked body: missing CRLF after chunk data');
      this.state = 'size';
    } else if (this.state === 'trailer') {
      if (line === '') this.state = 'done';
      else if (this.strict) checkFieldLine(line);
    } else {
      this.remaining = this.chunkSize(line);
      this.state = this.remaining === 0 ? 'trailer' : 'data';
    }
  }

  private chunkSize(line: string): number {
    const match = (this.strict ? STRICT_SIZE : LENIENT_SIZE).exec(line);
    if (match === null || (this.strict && hasControl(line)))
      throw new HttpSyntaxError(`chunked body: bad chunk size ${quote(line)}`);
    const size = Number.parseInt(match[1]!, 16);
    // Past 2^53 a double rounds the size: the proxy would count a different length than the target.
    if (size > Number.MAX_SAFE_INTEGER) throw new HttpSyntaxError('chunked body: chunk size too large');
    return size;
  }
}
