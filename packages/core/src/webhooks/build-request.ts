import { bodyContext, renderTemplate } from './render-template.js';
import { signWebhookBody } from './signature.js';
import { eventLinks, type RenderedEvent } from './template-variables.js';

/** What a subscription says to send. */
export interface RequestTemplate {
  method: string;
  url: string;
  headers: Readonly<Record<string, string>>;
  /** Body template; null sends the default JSON body (`defaultBody`). */
  body: string | null;
  secret: string | null;
}

/** A request ready to send: rendered, with Signet's identifying and signature headers. */
export interface WebhookRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** The body sent when a subscription has no template: the event, what it is about, and links. */
export function defaultBody(event: RenderedEvent, baseUrl: string): string {
  return JSON.stringify({
    id: event.id,
    event: event.type,
    createdAt: event.createdAt.toISOString(),
    data: event.facts,
    links: Object.fromEntries(
      Object.entries(eventLinks(event.facts, baseUrl)).filter(([, url]) => url !== ''),
    ),
  });
}

/**
 * Renders a subscription's request for an event and signs it: `Signet-Event-Id`, `Signet-Timestamp` (unix
 * seconds) and, when the subscription has a secret, `Signet-Signature: v1=<hex HMAC-SHA256 of
 * "<timestamp>.<body>">`. The caller supplies `timestamp` (a fresh one per attempt, so receivers can refuse
 * stale requests).
 */
export function buildWebhookRequest(
  template: RequestTemplate,
  event: RenderedEvent,
  options: { baseUrl: string; timestamp: number },
): WebhookRequest {
  const body =
    template.body === null
      ? defaultBody(event, options.baseUrl)
      : renderTemplate(template.body, event, options.baseUrl, bodyContext(template.body));
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(template.headers))
    headers[name.toLowerCase()] = renderTemplate(value, event, options.baseUrl, 'header');
  if (
    headers['content-type'] === undefined &&
    (template.body === null || bodyContext(template.body) === 'json')
  )
    headers['content-type'] = 'application/json';
  headers['user-agent'] = 'Signet-Webhooks/1';
  headers['signet-event-id'] = event.id;
  headers['signet-event-type'] = event.type;
  headers['signet-timestamp'] = String(options.timestamp);
  if (template.secret !== null)
    headers['signet-signature'] = signWebhookBody(template.secret, options.timestamp, body);
  return {
    method: template.method.toUpperCase(),
    url: renderTemplate(template.url, event, options.baseUrl, 'url'),
    headers,
    body,
  };
}
