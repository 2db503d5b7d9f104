import type { Exchange } from '../transport/index.js';
import { recordRequestHeaders, recordResponseHeaders } from './header-policy.js';
import type { KeyedExchange } from './interaction-key.js';
import { recordBody } from './recorded-body.js';
import type { RecordedInteraction } from './recorded-model.js';

/**
 * Turns the first exchange seen for a key into a recorded interaction: kept headers (credentials redacted),
 * bodies with rules for their volatile values, path and query rules.
 */
export function buildInteraction(
  exchange: Exchange,
  keyed: KeyedExchange,
  description: string,
): RecordedInteraction {
  const requestHeaders = recordRequestHeaders(exchange.requestHeaders);
  const responseHeaders = recordResponseHeaders(exchange.responseHeaders);
  const requestBody = recordBody(exchange.requestBody, exchange.requestHeaders['content-type']);
  const responseBody = recordBody(exchange.responseBody, exchange.responseHeaders['content-type']);
  const notes = [
    ...(requestBody.note ? [`request: ${requestBody.note}`] : []),
    ...(responseBody.note ? [`response: ${responseBody.note}`] : []),
  ];
  return {
    description,
    providerStates: exchange.directives.providerStates,
    key: keyed.key,
    request: {
      method: exchange.method,
      path: keyed.path,
      query: keyed.query.query,
      headers: requestHeaders.headers,
      ...(requestBody.body ? { body: requestBody.body } : {}),
      rules: {
        ...(keyed.template.rule ? { path: [keyed.template.rule] } : {}),
        query: keyed.query.rules,
        header: requestHeaders.rules,
        body: requestBody.rules,
      },
    },
    response: {
      status: exchange.status,
      headers: responseHeaders.headers,
      ...(responseBody.body ? { body: responseBody.body } : {}),
      rules: { header: responseHeaders.rules, body: responseBody.rules },
    },
    notes,
  };
}
