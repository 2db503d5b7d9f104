import type { WebhookSentRequest } from '@signet/client';

/** The request an attempt sent, as the broker logged it (secrets redacted), folded behind its size. */
export function SentRequest({ sent }: { sent: WebhookSentRequest }) {
  const head = [
    `${sent.method} ${sent.url}`,
    ...Object.entries(sent.headers).map(([name, value]) => `${name}: ${value}`),
  ].join('\n');
  return (
    <details className="attempt-bodies" data-testid="attempt-request">
      <summary>
        {sent.method} · {sent.bodyBytes} bytes{sent.bodyTruncated ? ' (start shown)' : ''}
      </summary>
      <pre className="json">{sent.body === null ? head : `${head}\n\n${sent.body}`}</pre>
      {sent.bodyTruncated && (
        <p className="muted" data-testid="attempt-request-cut">
          Only the first {sent.body === null ? 0 : new TextEncoder().encode(sent.body).length} of{' '}
          {sent.bodyBytes} bytes were kept.
        </p>
      )}
    </details>
  );
}
