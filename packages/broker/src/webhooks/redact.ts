import { urlSecrets } from './redact-url.js';
import { redacted } from './redacted.js';

export { redacted };

/** Headers whose values are credentials: shown redacted, never echoed back. */
export function isSensitiveHeader(name: string): boolean {
  return /authorization|cookie|token|secret|password|api-?key/i.test(name);
}

/** The headers with sensitive values redacted. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, isSensitiveHeader(name) ? redacted : value]),
  );
}

/** The text with every occurrence of the secrets (e.g. echoed back by a receiver) redacted. */
export function redactText(text: string, secrets: ReadonlyArray<string | null | undefined>): string {
  let result = text;
  for (const secret of secrets)
    if (secret && secret.length >= 4) result = result.split(secret).join(redacted);
  return result;
}

/** Sensitive values of a subscription: its secret, credential headers and the credentials in its URL. */
export function secretsOf(subscription: {
  secret: string | null;
  headers: Record<string, string>;
  url?: string;
}): string[] {
  const headers = Object.entries(subscription.headers).filter(([name]) => isSensitiveHeader(name));
  return [
    subscription.secret ?? '',
    ...headers.flatMap(([, value]) => [value, ...value.split(/\s+/).slice(1)]),
    ...(subscription.url === undefined ? [] : urlSecrets(subscription.url)),
  ];
}
