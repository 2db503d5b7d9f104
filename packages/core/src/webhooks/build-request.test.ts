import { describe, expect, it } from 'vitest';
import { buildWebhookRequest, defaultBody } from './build-request.js';
import { eventFacts } from './event-facts.js';
import { renderTemplate } from './render-template.js';
import { verifyWebhookSignature } from './signature.js';
import type { RenderedEvent } from './template-variables.js';

const event: RenderedEvent = {
  id: '6f0c1d2e-0000-4000-8000-000000000001',
  type: 'verification.succeeded',
  createdAt: new Date('2025-01-02T03:04:05Z'),
  facts: {
    ...eventFacts('verification.succeeded', { provider: 'inventory', version: 'i 2', branch: 'main' }),
    verificationId: 7,
  },
};
const base = 'https://signet.example';

describe('renderTemplate', () => {
  it('fills Signet and Pact Broker variables, escaped for where they land', () => {
    const text =
      '${signet.provider}@${signet.providerVersion} ${pactbroker.providerName} ${pactbroker.eventName}';
    expect(renderTemplate(text, event, base, 'text')).toBe(
      'inventory@i 2 inventory provider_verification_succeeded',
    );
    expect(renderTemplate('https://ci/${signet.providerVersion}', event, base, 'url')).toBe(
      'https://ci/i%202',
    );
    expect(renderTemplate('${pactbroker.verificationResultUrl}', event, base, 'text')).toBe(
      'https://signet.example/api/v1/services/inventory/versions/i%202/verifications',
    );
  });

  it('leaves unknown names, empties missing values, and escapes JSON and headers', () => {
    expect(renderTemplate('${signet.nope}|${signet.consumer}|', event, base, 'text')).toBe(
      '${signet.nope}||',
    );
    const quoted = { ...event, facts: { ...event.facts, provider: 'a"b\nc' } };
    expect(renderTemplate('{"p":"${signet.provider}"}', quoted, base, 'json')).toBe('{"p":"a\\"b\\nc"}');
    expect(renderTemplate('${signet.provider}', quoted, base, 'header')).toBe('a"b c');
  });
});

describe('buildWebhookRequest', () => {
  const template = {
    method: 'post',
    url: 'https://hooks.example/${signet.service}',
    headers: {},
    body: null,
  };

  it('sends the default JSON body with id, timestamp and a signature the receiver can verify', () => {
    const request = buildWebhookRequest({ ...template, secret: 's3cret' }, event, {
      baseUrl: base,
      timestamp: 1700000000,
    });
    expect(request).toMatchObject({ method: 'POST', url: 'https://hooks.example/inventory' });
    expect(request.headers).toMatchObject({
      'content-type': 'application/json',
      'signet-event-id': event.id,
      'signet-timestamp': '1700000000',
    });
    expect(JSON.parse(request.body)).toMatchObject({ id: event.id, event: 'verification.succeeded' });
    const check = (body: string, now = 1700000010) =>
      verifyWebhookSignature({
        secret: 's3cret',
        signature: request.headers['signet-signature'],
        timestamp: request.headers['signet-timestamp'],
        body,
        now,
      });
    expect(check(request.body)).toBe('ok');
    expect(check(`${request.body} `)).toBe('mismatch');
    expect(check(request.body, 1700000000 + 301)).toBe('stale');
  });

  it('renders a body template and headers, and omits the signature without a secret', () => {
    const request = buildWebhookRequest(
      {
        ...template,
        headers: { 'X-Who': '${pactbroker.providerName}' },
        body: 'v=${signet.version}',
        secret: null,
      },
      event,
      { baseUrl: base, timestamp: 1 },
    );
    expect(request.body).toBe('v=i 2');
    expect(request.headers['x-who']).toBe('inventory');
    expect(request.headers['content-type']).toBeUndefined();
    expect(request.headers['signet-signature']).toBeUndefined();
  });

  it('links the default body to the native API', () => {
    const withShas = { ...event, facts: { ...event.facts, contractSha: 'c', specSha: 's', contractId: 3 } };
    expect(JSON.parse(defaultBody(withShas, base)).links).toEqual({
      contractUrl: `${base}/api/v1/contracts/3`,
      comparisonUrl: `${base}/api/v1/comparisons/c/s`,
      verificationUrl: `${base}/api/v1/services/inventory/versions/i%202/verifications`,
    });
  });
});
