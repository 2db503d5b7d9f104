import { capturedShape } from './recorded-body.js';
import type { Exchange } from '../transport/index.js';
import { pathTemplate, recordQuery, type PathTemplate, type QueryRecording } from './rules/index.js';

/** What the key is made of, kept so a new interaction is not analysed twice. */
export interface KeyedExchange {
  key: string;
  path: string;
  template: PathTemplate;
  query: QueryRecording;
}

/**
 * The de-duplication key of an exchange: method, path template (volatile segments by kind), query (names
 * with ordinary values; volatile values by kind), request body shape, response status, and the provider
 * states and description the `X-Signet-*` headers asked for. Two exchanges with the same key are the same
 * interaction; only the first is recorded.
 *
 * @example keyExchange(exchange).key // 'GET /pets/{id} ?  → 200' (no query, no body)
 */
export function keyExchange(exchange: Exchange): KeyedExchange {
  const queryAt = exchange.url.indexOf('?');
  const path = queryAt < 0 ? exchange.url : exchange.url.slice(0, queryAt);
  const template = pathTemplate(path);
  const query = recordQuery(queryAt < 0 ? '' : exchange.url.slice(queryAt + 1));
  const contentType = exchange.requestHeaders['content-type'];
  const shape = capturedShape(exchange.requestBody, contentType);
  const { providerStates, description } = exchange.directives;
  // Only when asked for, so the keys (and Pact v4 interaction keys) of plain recordings stay as they were.
  const directed =
    providerStates.length > 0 || description !== undefined
      ? ` ${JSON.stringify({ providerStates, description })}`
      : '';
  const key = `${exchange.method} ${template.template} ?${query.key} ${shape} → ${exchange.status}${directed}`;
  return { key, path, template, query };
}
