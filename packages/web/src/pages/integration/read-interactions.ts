/** One interaction of a Pact file, reduced to what the page shows. */
export interface InteractionView {
  kind: 'http' | 'message';
  description: string;
  states: string[];
  method?: string;
  path?: string;
  query?: string;
  status?: number;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The interactions of a Pact v1–v4 document (HTTP and message). The broker validated the contract on publish, so
 * this only reads; anything unexpected is shown as little as possible rather than failing the page.
 */
export function readInteractions(content: string): InteractionView[] {
  let pact: unknown;
  try {
    pact = JSON.parse(content);
  } catch {
    return [];
  }
  if (!isObject(pact)) return [];
  const interactions: unknown[] = Array.isArray(pact['interactions']) ? pact['interactions'] : [];
  const messages: unknown[] = Array.isArray(pact['messages']) ? pact['messages'] : [];
  const list = [...interactions, ...messages.filter(isObject).map((m) => ({ ...m, type: 'message' }))];
  return list.filter(isObject).map(view);
}

function view(interaction: Json): InteractionView {
  const type = text(interaction['type']) ?? 'Synchronous/HTTP';
  const states = [
    ...(text(interaction['providerState']) ? [text(interaction['providerState'])!] : []),
    ...(Array.isArray(interaction['providerStates'])
      ? interaction['providerStates'].map((s: unknown) => (isObject(s) ? (text(s['name']) ?? '') : String(s)))
      : []),
  ];
  const description = text(interaction['description']) ?? '(no description)';
  const request = interaction['request'];
  if (type.toLowerCase().includes('message') || !isObject(request))
    return { kind: 'message', description, states };
  const response = isObject(interaction['response']) ? interaction['response'] : {};
  const query = request['query'];
  return {
    kind: 'http',
    description,
    states,
    method: (text(request['method']) ?? 'GET').toUpperCase(),
    path: text(request['path']) ?? '/',
    query:
      typeof query === 'string'
        ? query
        : isObject(query)
          ? new URLSearchParams(flatten(query)).toString()
          : undefined,
    status: typeof response['status'] === 'number' ? response['status'] : undefined,
  };
}

function flatten(query: Json): Array<[string, string]> {
  return Object.entries(query).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).map((v): [string, string] => [key, String(v)]),
  );
}
