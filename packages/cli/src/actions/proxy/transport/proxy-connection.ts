import type { Socket } from 'node:net';
import { badGatewayResponse, rawResponse } from './bad-gateway.js';
import type { Exchange, UpstreamFailure } from './exchange.js';
import { forwardHead, originForm, type ForwardTarget } from './forward-head.js';
import { requestFraming, responseFraming } from './framing.js';
import { HttpSyntaxError } from './http-syntax-error.js';
import { InFlight } from './in-flight.js';
import { headerRecord } from './message-head.js';
import { MessageReader } from './message-reader.js';
import { splitDirectives } from './proxy-directives.js';
import { REQUEST_SYNTAX } from './request-syntax.js';

/** What one proxied connection needs from the server that accepted it. */
export interface ConnectionContext {
  target: URL;
  forward: ForwardTarget;
  captureLimit: number;
  /** Opens a connection to the target (plain TCP or TLS). */
  connect: () => Socket;
  onExchange: (exchange: Exchange) => void;
  /** Called once per request the target leaves unanswered; nothing is recorded for those. */
  onUpstreamFailure: (failure: UpstreamFailure) => void;
  onClosed: (connection: ProxyConnection) => void;
}

/**
 * One client connection and its own connection to the target. Request heads are rewritten only to address
 * the target (Host, path prefix); everything else — bodies, framing, the answers, upgrades — passes through
 * byte for byte with backpressure, while two readers frame the messages on the side to record each exchange.
 */
export class ProxyConnection {
  private upstream: Socket | undefined;
  private readonly inFlight: InFlight[] = [];
  /** What one chunk from the client turns into for the target, sent as one write (syscalls dominate the cost). */
  private outbox: Buffer[] = [];
  private reading: InFlight | undefined;
  private answering = 0;
  private informational = false;
  private stopping = false;
  /** Set once a request was refused: what the client sends after it is read and dropped, never framed. */
  private refused = false;
  private readonly requests: MessageReader;
  private readonly responses: MessageReader;

  constructor(
    private readonly client: Socket,
    private readonly context: ConnectionContext,
  ) {
    this.requests = new MessageReader(
      {
        onHead: (head) => {
          // Judged before anything is under way, so a refused request is answered 400 and never sent.
          const framing = requestFraming(head);
          const url = originForm(head.startLine[1]);
          const { directives, rawHeaders } = splitDirectives(head.rawHeaders);
          this.reading = new InFlight(
            head.startLine[0].toUpperCase(),
            url,
            headerRecord(rawHeaders),
            directives,
            context.captureLimit,
          );
          this.inFlight.push(this.reading);
          this.toTarget();
          this.outbox.push(forwardHead(head, url, context.forward, framing));
          return framing;
        },
        onBodyRaw: (raw) => this.outbox.push(raw),
        onBodyData: (data) => this.reading!.requestBody.add(data),
        onEnd: () => {
          this.reading!.requestEnded = true;
          this.settle();
        },
      },
      REQUEST_SYNTAX,
    );
    this.responses = new MessageReader({
      onHead: (head) => {
        const answered = this.inFlight[this.answering];
        if (answered === undefined) throw new HttpSyntaxError('the target answered a request nobody sent');
        const status = Number(head.startLine[1]);
        const framing = responseFraming(head, answered.method);
        this.informational = status < 200 && framing.kind !== 'tunnel';
        if (framing.kind === 'tunnel') this.tunnel();
        else if (!this.informational) answered.answer(status, headerRecord(head.rawHeaders));
        return framing;
      },
      onBodyRaw: () => undefined,
      onBodyData: (data) => this.inFlight[this.answering]!.responseBody!.add(data),
      onEnd: () => {
        if (this.informational) return void (this.informational = false);
        this.inFlight[this.answering]!.responseEnded = true;
        this.answering += 1;
        this.settle();
      },
    });
    client.on('data', (chunk: Buffer) => this.fromClient(chunk));
    client.on('end', () => (this.upstream ? this.upstream.end() : client.end()));
    client.on('error', () => this.destroy());
    client.on('close', () => this.destroy());
  }

  /** Closes the connection now if no request is under way, else once the ones under way are answered. */
  stopWhenIdle(): void {
    this.stopping = true;
    if (this.inFlight.length === 0 && this.requests.idle) this.destroy();
  }

  destroy(): void {
    this.client.destroy();
    this.upstream?.destroy();
    this.context.onClosed(this);
  }

  private toTarget(): Socket {
    if (this.upstream !== undefined) return this.upstream;
    const upstream = this.context.connect();
    upstream.setNoDelay(true);
    upstream.on('data', (chunk: Buffer) => this.fromTarget(chunk));
    upstream.on('end', () => this.targetEnded());
    upstream.on('error', (error) => this.targetFailed(error));
    upstream.on('close', () => this.client.end());
    this.upstream = upstream;
    return upstream;
  }

  private fromClient(chunk: Buffer): void {
    if (this.refused) return;
    if (this.requests.tunnelled) return this.relay(chunk, this.client, this.upstream!);
    try {
      this.requests.feed(chunk);
    } catch (error) {
      if (!(error instanceof HttpSyntaxError)) throw error;
      return this.refuse(error);
    }
    const out = this.outbox;
    if (out.length === 0) return;
    this.outbox = [];
    this.relay(out.length === 1 ? out[0]! : Buffer.concat(out), this.client, this.upstream!);
  }

  private fromTarget(chunk: Buffer): void {
    this.relay(chunk, this.upstream!, this.client);
    if (this.responses.tunnelled) return;
    try {
      this.responses.feed(chunk);
    } catch {
      this.destroy();
    }
  }

  /** Writes `chunk` on, pausing the source while the destination's buffer is full. */
  private relay(chunk: Buffer, from: Socket, to: Socket): void {
    if (to.write(chunk)) return;
    from.pause();
    to.once('drain', () => from.resume());
  }

  private tunnel(): void {
    this.inFlight.splice(this.answering, 1);
    const unread = this.requests.startTunnel();
    if (unread !== undefined) this.upstream!.write(unread);
  }

  private settle(): void {
    while (this.inFlight[0]?.complete === true) {
      const done = this.inFlight.shift()!;
      this.answering -= 1;
      this.context.onExchange(done.exchange());
    }
    if (this.stopping) this.stopWhenIdle();
  }

  private targetEnded(): void {
    try {
      this.responses.finish();
    } catch {
      this.reportUnanswered('the target closed the connection in the middle of an answer');
      return this.destroy();
    }
    this.reportUnanswered('the target closed the connection without answering');
    this.client.end();
  }

  private targetFailed(error: Error): void {
    const waiting = this.inFlight[this.answering];
    if (waiting === undefined) return void this.client.end();
    // Nothing of the answer sent yet: tell the client why. Otherwise cut the connection mid-answer.
    const unanswered = waiting.status === undefined && this.responses.idle && !this.informational;
    this.reportUnanswered(error.message);
    if (unanswered && this.client.writable) this.client.end(badGatewayResponse(this.context.target, error));
    else this.client.destroy();
  }

  /** Reports, once, each request still waiting for (the rest of) its answer; none of them will get one. */
  private reportUnanswered(reason: string): void {
    for (const request of this.inFlight.splice(this.answering)) {
      this.context.onUpstreamFailure({ method: request.method, url: request.url, reason });
    }
  }

  private refuse(error: HttpSyntaxError): void {
    this.refused = true;
    this.upstream?.destroy();
    if (!this.answerable() || !this.client.writable) return this.destroy();
    this.client.end(rawResponse(400, 'Bad Request', 'text/plain', `signet proxy: ${error.message}\n`));
  }

  /**
   * Whether the client would take a 400 as the answer to the request at fault: no earlier request still
   * awaits its answer, and nothing of an answer to this one has been passed on.
   */
  private answerable(): boolean {
    if (this.inFlight.length === 0) return true;
    const only = this.inFlight[0]!;
    return (
      this.inFlight.length === 1 && !only.requestEnded && only.status === undefined && this.responses.idle
    );
  }
}
