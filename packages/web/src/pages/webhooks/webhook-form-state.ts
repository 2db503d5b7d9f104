import type { CreateWebhookInput, Webhook } from '@signet/client';

/** What the form edits, as text fields. */
export interface WebhookFormState {
  description: string;
  events: Webhook['events'];
  service: string;
  consumer: string;
  provider: string;
  method: Webhook['method'];
  url: string;
  headers: string;
  body: string;
  secret: string;
  enabled: boolean;
}

export const emptyForm: WebhookFormState = {
  description: '',
  events: [],
  service: '',
  consumer: '',
  provider: '',
  method: 'POST',
  url: '',
  headers: '',
  body: '',
  secret: '',
  enabled: true,
};

export function formOf(hook: Webhook): WebhookFormState {
  return {
    description: hook.description ?? '',
    events: hook.events,
    service: hook.service ?? '',
    consumer: hook.consumer ?? '',
    provider: hook.provider ?? '',
    method: hook.method,
    url: hook.url,
    headers: Object.entries(hook.headers)
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n'),
    body: hook.body ?? '',
    secret: '',
    enabled: hook.enabled,
  };
}

/** `Name: value` lines into a header record (blank lines skipped). */
export function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`header line "${line}" needs the form "Name: value"`);
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/**
 * The request body for create or update. On update, headers are sent only when edited (the broker shows
 * credentials as `[redacted]`) and the secret only when a new one is typed.
 */
export function inputOf(form: WebhookFormState, original?: WebhookFormState): CreateWebhookInput {
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
  const input: CreateWebhookInput = {
    description: orNull(form.description),
    events: form.events,
    service: orNull(form.service),
    consumer: orNull(form.consumer),
    provider: orNull(form.provider),
    method: form.method,
    url: form.url.trim(),
    body: form.body === '' ? null : form.body,
    enabled: form.enabled,
  };
  if (original === undefined || form.headers !== original.headers) input.headers = parseHeaders(form.headers);
  if (form.secret !== '') input.secret = form.secret;
  return input;
}
