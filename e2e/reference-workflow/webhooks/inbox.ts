import type { IncomingHttpHeaders } from 'node:http';
import type { Answer, RawRequest, Route } from '../services/http-service.js';
import { verifySignature, type SignatureCheck } from './verify-signature.js';

/** One request that reached shopping_cart's `/webhooks/signet`, and what the endpoint answered. */
export interface ReceivedWebhook {
  eventId: string;
  eventType: string;
  check: SignatureCheck;
  /** 200 accepted, 401 refused (signature), 503 unavailable (a simulated outage). */
  status: number;
  /** False for a repeat of an event id already processed (delivery is at least once). */
  firstTime: boolean;
  raw: RawRequest;
}

/**
 * shopping_cart's webhook endpoint: checks every request's signature (refusing unsigned, stale and tampered
 * ones with 401), processes each event id once, and can be made unavailable (503) for the next few requests to
 * show Signet retrying.
 */
export class WebhookInbox {
  /** Every request, in arrival order. */
  readonly received: ReceivedWebhook[] = [];
  /** The events processed, by event id: each once, however often it is delivered. */
  readonly processed = new Map<string, unknown>();
  private outage = 0;

  constructor(readonly secret: string) {}

  /** The route to add to shopping_cart's service. */
  route(): Route {
    return ['POST', /^\/webhooks\/signet$/, (_params, _body, raw) => this.receive(raw)];
  }

  /** The next `count` correctly signed requests are answered 503, as while shopping_cart is restarting. */
  failNext(count: number): void {
    this.outage = count;
  }

  private receive(raw: RawRequest): Answer {
    const check = verifySignature(this.secret, raw.headers, raw.text);
    const eventId = header(raw.headers, 'signet-event-id');
    const record = { eventId, eventType: header(raw.headers, 'signet-event-type'), check, raw };
    if (check !== 'ok') return this.answer({ ...record, status: 401, firstTime: false }, { error: check });
    if (this.outage > 0) {
      this.outage -= 1;
      return this.answer({ ...record, status: 503, firstTime: false }, { error: 'restarting, try later' });
    }
    const firstTime = !this.processed.has(eventId);
    // Parsed only now, after the signature held: the raw text is what was signed.
    if (firstTime) this.processed.set(eventId, JSON.parse(raw.text) as unknown);
    return this.answer({ ...record, status: 200, firstTime }, { received: eventId, firstTime });
  }

  private answer(record: ReceivedWebhook, body: unknown): Answer {
    this.received.push(record);
    return { status: record.status, body };
  }

  /** Waits until a request matching `wanted` has been accepted (signature ok, answered 200). */
  async accepted(wanted: (received: ReceivedWebhook) => boolean, ms: number): Promise<ReceivedWebhook> {
    const started = Date.now();
    for (;;) {
      const found = this.received.find((received) => received.status === 200 && wanted(received));
      if (found !== undefined) return found;
      if (Date.now() - started > ms) {
        const seen = this.received.map((r) => `${r.eventType} ${r.check} ${r.status}`).join('; ');
        throw new Error(`no matching webhook accepted within ${ms} ms (seen: ${seen || 'nothing'})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function header(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return typeof value === 'string' ? value : '';
}
