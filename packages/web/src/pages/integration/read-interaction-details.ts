/**
 * Everything a Pact v1–v4 interaction says, for showing it in full: provider states with their params, the HTTP
 * request (method, path, query, headers, body) and response (status, headers, body), message contents and
 * metadata, and the matching rules and generators of each part. Read-only and forgiving: the broker validated
 * the contract on publish, and anything unexpected is left out rather than failing the page.
 */
export interface InteractionDetail {
  /** As the pact names it (`Synchronous/HTTP`, `Asynchronous/Messages`, `Synchronous/Messages`), else by shape. */
  type: string;
  description: string;
  providerStates: Array<{ name: string; params: Record<string, unknown> | undefined }>;
  request: HttpPart | undefined;
  response: HttpPart | undefined;
  /** Message interactions: the message (async), or the request and its responses (sync). */
  messages: MessagePart[];
}

export interface HttpPart {
  method?: string;
  path?: string;
  query?: string;
  status?: number;
  headers: Array<[name: string, value: string]>;
  body: BodyView | undefined;
  rules: Rules;
}

export interface MessagePart {
  label: string;
  contents: BodyView | undefined;
  metadata: Record<string, unknown> | undefined;
  rules: Rules;
}

/** A body or message contents: the value, its content type when given, and how a v4 pact encoded it. */
export interface BodyView {
  value: unknown;
  contentType: string | undefined;
  /** `base64` for binary content kept encoded (shown as text, not decoded). */
  encoding: string | undefined;
}

export interface Rules {
  matchingRules: unknown;
  generators: unknown;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The interactions of a Pact document in the order the page lists them (interactions, then v3 messages). */
export function readInteractionDetails(content: string): InteractionDetail[] {
  let pact: unknown;
  try {
    pact = JSON.parse(content);
  } catch {
    return [];
  }
  if (!isObject(pact)) return [];
  const interactions: unknown[] = Array.isArray(pact['interactions']) ? pact['interactions'] : [];
  const messages: unknown[] = Array.isArray(pact['messages']) ? pact['messages'] : [];
  return [
    ...interactions.filter(isObject).map((i) => detail(i, false)),
    ...messages.filter(isObject).map((m) => detail(m, true)),
  ];
}

function detail(interaction: Json, v3Message: boolean): InteractionDetail {
  const v4Type = text(interaction['type']);
  const request = interaction['request'];
  const isMessage = v3Message || (v4Type ?? '').toLowerCase().includes('message') || !isObject(request);
  const type = v4Type ?? (isMessage ? 'Asynchronous/Messages' : 'Synchronous/HTTP');
  const v4 = v4Type !== undefined;
  const base = {
    type,
    description: text(interaction['description']) ?? '(no description)',
    providerStates: statesOf(interaction),
  };
  if (!isMessage)
    return {
      ...base,
      request: httpPart(request, v4, 'request'),
      response: isObject(interaction['response'])
        ? httpPart(interaction['response'], v4, 'response')
        : undefined,
      messages: [],
    };
  const messages: MessagePart[] =
    type === 'Synchronous/Messages'
      ? [
          ...(isObject(request) ? [messagePart('Request', request, true)] : []),
          ...(Array.isArray(interaction['response']) ? interaction['response'] : [])
            .filter(isObject)
            .map((response, i, all) =>
              messagePart(all.length > 1 ? `Response ${i + 1}` : 'Response', response, true),
            ),
        ]
      : [messagePart('Message', interaction, v4)];
  return { ...base, request: undefined, response: undefined, messages };
}

function statesOf(interaction: Json): InteractionDetail['providerStates'] {
  const legacy = text(interaction['providerState']);
  const list = Array.isArray(interaction['providerStates']) ? interaction['providerStates'] : [];
  return [
    ...(legacy ? [{ name: legacy, params: undefined }] : []),
    ...list.map((state: unknown) =>
      isObject(state)
        ? { name: text(state['name']) ?? '', params: isObject(state['params']) ? state['params'] : undefined }
        : { name: String(state), params: undefined },
    ),
  ];
}

function httpPart(part: Json, v4: boolean, side: 'request' | 'response'): HttpPart {
  const query = part['query'];
  return {
    ...(side === 'request'
      ? {
          method: (text(part['method']) ?? 'GET').toUpperCase(),
          path: text(part['path']) ?? '/',
          query:
            typeof query === 'string'
              ? query
              : isObject(query)
                ? new URLSearchParams(flatten(query)).toString()
                : undefined,
        }
      : { status: typeof part['status'] === 'number' ? part['status'] : undefined }),
    headers: headersOf(part['headers']),
    body: bodyOf(part, 'body', v4),
    rules: rulesOf(part),
  };
}

function messagePart(label: string, part: Json, v4: boolean): MessagePart {
  const metadata = part['metadata'] ?? part['metaData'];
  return {
    label,
    contents: bodyOf(part, 'contents', v4),
    metadata: isObject(metadata) ? metadata : undefined,
    rules: rulesOf(part),
  };
}

/** A v4 body is `{content, contentType, encoded}`; earlier versions hold the value itself. */
function bodyOf(part: Json, key: 'body' | 'contents', v4: boolean): BodyView | undefined {
  const raw = part[key];
  if (raw === undefined) return undefined;
  if (v4 && isObject(raw) && 'content' in raw) {
    const encoded = raw['encoded'];
    return {
      value: raw['content'],
      contentType: text(raw['contentType']),
      encoding: typeof encoded === 'string' && encoded !== 'json' ? encoded : undefined,
    };
  }
  return { value: raw, contentType: undefined, encoding: undefined };
}

function headersOf(headers: unknown): HttpPart['headers'] {
  if (!isObject(headers)) return [];
  return Object.entries(headers).map(([name, value]) => [
    name,
    Array.isArray(value) ? value.map(String).join(', ') : String(value),
  ]);
}

function rulesOf(part: Json): Rules {
  return { matchingRules: part['matchingRules'], generators: part['generators'] };
}

function flatten(query: Json): Array<[string, string]> {
  return Object.entries(query).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).map((v): [string, string] => [key, String(v)]),
  );
}
