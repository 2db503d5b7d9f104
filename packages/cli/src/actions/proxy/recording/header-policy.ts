import type { IncomingHttpHeaders } from 'node:http';
import { connectionTokens, isHopByHop } from '../transport/index.js';
import type { RecordedMatcher, RuleMap } from './recorded-model.js';
import { isSecretHeader, redactHeader, volatileKind } from './rules/index.js';

/** Request headers that describe the transport, the client or caching, not the contract. */
const NOT_CONTRACT = new Set([
  'host',
  'content-length',
  'date',
  'user-agent',
  'accept-encoding',
  'accept-language',
  'accept-charset',
  'cache-control',
  'pragma',
  'origin',
  'referer',
  'if-none-match',
  'if-modified-since',
  'if-match',
  'if-unmodified-since',
  'if-range',
  'range',
  'forwarded',
  'via',
  'expect',
  'dnt',
  'priority',
  'upgrade-insecure-requests',
  'traceparent',
  'tracestate',
  'baggage',
  'x-request-id',
  'x-correlation-id',
  'x-amzn-trace-id',
  'x-cloud-trace-context',
  'sentry-trace',
  'x-real-ip',
  'content-encoding',
]);
const NOT_CONTRACT_PREFIXES = ['sec-', 'x-forwarded-', 'x-b3-', 'cf-'];

/** Recorded headers with their rules (lower-case names). */
export interface HeaderRecording {
  headers: Record<string, string>;
  rules: RuleMap;
}

/**
 * The request headers worth writing into a contract: `content-type`, `accept` and custom headers whose
 * values are not volatile; credentials (`authorization`, `cookie`, api-key-like names) are kept only as
 * placeholders with a rule, never with their values. Hop-by-hop, transport and tracing headers are dropped,
 * and so is `accept: *\/*`.
 *
 * @example recordRequestHeaders({ accept: 'application/json', authorization: 'Bearer s3cr3t', 'user-agent': 'x' })
 * // { headers: { accept: 'application/json', authorization: 'Bearer REDACTED' }, rules: { authorization: [...] } }
 */
export function recordRequestHeaders(headers: IncomingHttpHeaders): HeaderRecording {
  const tokens = connectionTokens(headers.connection);
  const kept: Array<[string, string]> = [];
  const rules: Array<[string, RecordedMatcher[]]> = [];
  for (const [name, raw] of Object.entries(headers)) {
    if (raw === undefined || isHopByHop(name, tokens) || dropped(name)) continue;
    const value = Array.isArray(raw) ? raw.join(name === 'cookie' ? '; ' : ', ') : raw;
    // `Accept: */*` is what clients send by default; it promises nothing about the answer.
    if (name === 'accept' && value.trim() === '*/*') continue;
    if (isSecretHeader(name)) {
      const redacted = redactHeader(name, value);
      kept.push([name, redacted.value]);
      rules.push([name, [redacted.rule]]);
    } else if (name === 'content-type' || name === 'accept' || volatileKind(value) === undefined) {
      kept.push([name, value]);
    }
  }
  return { headers: Object.fromEntries(kept), rules: Object.fromEntries(rules) };
}

/**
 * The response headers worth writing: only `content-type`. A recording cannot tell which other headers the
 * consumer relies on, and each one written is a promise the provider's spec must declare.
 */
export function recordResponseHeaders(headers: IncomingHttpHeaders): HeaderRecording {
  const type = headers['content-type'];
  return { headers: type === undefined ? {} : { 'content-type': type }, rules: {} };
}

function dropped(name: string): boolean {
  return NOT_CONTRACT.has(name) || NOT_CONTRACT_PREFIXES.some((prefix) => name.startsWith(prefix));
}
