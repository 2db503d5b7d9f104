import { ChunkedDecoder } from './chunked-decoder.js';
import { HttpSyntaxError } from './http-syntax-error.js';
import { parseHead, type MessageHead } from './message-head.js';

/** How a message's body is delimited (RFC 9112 §6.3), decided by whoever reads its head. */
export type Framing =
  | { kind: 'none' }
  | { kind: 'length'; length: number }
  | { kind: 'chunked' }
  /** Until the connection closes (responses only). */
  | { kind: 'close' }
  /** The connection stops being HTTP (after `101 Switching Protocols` or a successful CONNECT). */
  | { kind: 'tunnel' };

/** What a reader tells its owner, in stream order. */
export interface MessageEvents {
  /** A head was read; the answer says how its body is framed. */
  onHead(head: MessageHead): Framing;
  /** Body bytes as they were on the wire (chunk framing included), to forward. */
  onBodyRaw(raw: Buffer): void;
  /** Body bytes after de-chunking, to record. */
  onBodyData(data: Buffer): void;
  onEnd(): void;
}

/** How strictly a reader checks what it frames: requests come from clients, who may be trying to smuggle. */
export interface MessageSyntax {
  parseHead(text: string): MessageHead;
  /** Chunk lines must end with CRLF, and trailer lines be header lines. */
  strictChunks: boolean;
}

/** What most servers send, taken as it comes: only what the reader cannot frame at all is refused. */
const LENIENT: MessageSyntax = { parseHead, strictChunks: false };

const MAX_HEAD = 64 * 1024;
const HEAD_END = Buffer.from('\r\n\r\n');

/**
 * Splits a stream of HTTP/1.x messages (requests from a client, or responses from a server) into heads and
 * bodies as bytes arrive, pipelined messages included. Throws {@link HttpSyntaxError} on bytes it cannot frame.
 */
export class MessageReader {
  private state: 'head' | 'length' | 'chunked' | 'close' | 'tunnel' = 'head';
  private pendingHead: Buffer | undefined;
  private remaining = 0;
  private chunked: ChunkedDecoder | undefined;

  constructor(
    private readonly events: MessageEvents,
    private readonly syntax: MessageSyntax = LENIENT,
  ) {}

  /** True once the stream stopped being HTTP; the owner forwards the rest as it is. */
  get tunnelled(): boolean {
    return this.state === 'tunnel';
  }

  /** True between messages (no head or body partly read). */
  get idle(): boolean {
    return this.state === 'head' && this.pendingHead === undefined;
  }

  /** Stops framing: what follows is not HTTP. Returns bytes already read but not yet passed on. */
  startTunnel(): Buffer | undefined {
    const unread = this.pendingHead;
    this.pendingHead = undefined;
    this.state = 'tunnel';
    return unread;
  }

  feed(input: Buffer): void {
    let chunk = input;
    let at = 0;
    if (this.pendingHead !== undefined) {
      chunk = Buffer.concat([this.pendingHead, input]);
      this.pendingHead = undefined;
    }
    while (at < chunk.length) {
      if (this.state === 'head') at = this.readHead(chunk, at);
      else if (this.state === 'length') at = this.readLength(chunk, at);
      else if (this.state === 'chunked') at = this.readChunked(chunk, at);
      else if (this.state === 'close') at = this.emitBody(chunk, at, chunk.length);
      else return this.events.onBodyRaw(chunk.subarray(at));
    }
  }

  /** The peer closed its side: a body delimited by the close ends here; anything else unfinished is an error. */
  finish(): void {
    if (this.state === 'close') {
      this.state = 'head';
      this.events.onEnd();
    } else if (!this.idle && this.state !== 'tunnel') {
      throw new HttpSyntaxError('the connection closed in the middle of a message');
    }
  }

  private readHead(chunk: Buffer, from: number): number {
    let at = from;
    // Empty lines between messages are allowed (RFC 9112 §2.2).
    while (at < chunk.length && (chunk[at] === 13 || chunk[at] === 10)) at += 1;
    if (at === chunk.length) return at;
    const end = chunk.indexOf(HEAD_END, at);
    // The same limit however the head was split into chunks on the way.
    if ((end < 0 ? chunk.length : end) - at > MAX_HEAD)
      throw new HttpSyntaxError('message head larger than 64 KiB');
    if (end < 0) {
      this.pendingHead = chunk.subarray(at);
      return chunk.length;
    }
    const framing = this.events.onHead(this.syntax.parseHead(chunk.toString('latin1', at, end)));
    this.begin(framing);
    return end + 4;
  }

  private begin(framing: Framing): void {
    if (framing.kind === 'none' || (framing.kind === 'length' && framing.length === 0)) {
      this.events.onEnd();
    } else if (framing.kind === 'length') {
      this.state = 'length';
      this.remaining = framing.length;
    } else if (framing.kind === 'chunked') {
      this.state = 'chunked';
      this.chunked = new ChunkedDecoder(this.syntax.strictChunks);
    } else {
      this.state = framing.kind;
    }
  }

  private readLength(chunk: Buffer, from: number): number {
    const to = Math.min(chunk.length, from + this.remaining);
    this.remaining -= to - from;
    this.emitBody(chunk, from, to);
    if (this.remaining === 0) this.endBody();
    return to;
  }

  private readChunked(chunk: Buffer, from: number): number {
    const decoder = this.chunked!;
    const used = decoder.feed(chunk, from, (data) => this.events.onBodyData(data));
    this.events.onBodyRaw(chunk.subarray(from, from + used));
    if (decoder.done) this.endBody();
    return from + used;
  }

  private emitBody(chunk: Buffer, from: number, to: number): number {
    const part = chunk.subarray(from, to);
    this.events.onBodyRaw(part);
    this.events.onBodyData(part);
    return to;
  }

  private endBody(): void {
    this.state = 'head';
    this.chunked = undefined;
    this.events.onEnd();
  }
}
