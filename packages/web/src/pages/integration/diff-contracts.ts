import type { InteractionDetail } from './read-interaction-details.js';

/** How one interaction changed between two contract versions; `changes` lists what differs, part by part. */
export interface InteractionChange {
  kind: 'added' | 'removed' | 'changed' | 'unchanged';
  description: string;
  states: string;
  changes: FieldChange[];
}

export interface FieldChange {
  /** Where, e.g. `response.body[0].id`, `request.headers`, `providerStates`. */
  path: string;
  before: unknown;
  after: unknown;
}

const maxChanges = 50;

/** An interaction is the same one in both versions when its description and provider state names are. */
const keyOf = (i: InteractionDetail) =>
  `${i.description}\u0000${i.providerStates.map((s) => s.name).join('\u0000')}`;

/**
 * The interactions of `head` against those of `base`: removed ones (in base order), then head's in its order,
 * each added, changed (with the differing fields, at most 50) or unchanged. A repeated key pairs in order.
 */
export function diffContracts(base: InteractionDetail[], head: InteractionDetail[]): InteractionChange[] {
  const remaining = new Map<string, InteractionDetail[]>();
  for (const interaction of base) {
    const key = keyOf(interaction);
    remaining.set(key, [...(remaining.get(key) ?? []), interaction]);
  }
  const paired = head.map((interaction) => {
    const list = remaining.get(keyOf(interaction));
    const before = list?.shift();
    return { before, after: interaction };
  });
  const removed = [...remaining.values()].flat();
  const label = (i: InteractionDetail) => ({
    description: i.description,
    states: i.providerStates.map((s) => s.name).join(', '),
  });
  return [
    ...base
      .filter((i) => removed.includes(i))
      .map((i): InteractionChange => ({ kind: 'removed', ...label(i), changes: [] })),
    ...paired.map(({ before, after }): InteractionChange => {
      if (before === undefined) return { kind: 'added', ...label(after), changes: [] };
      const changes: FieldChange[] = [];
      collect(comparable(before), comparable(after), '', changes);
      return { kind: changes.length === 0 ? 'unchanged' : 'changed', ...label(after), changes };
    }),
  ];
}

/** The parts that make an interaction what it is (description and state names are its key). */
function comparable(i: InteractionDetail) {
  return {
    type: i.type,
    providerStates: i.providerStates.map((s) => s.params ?? null),
    request: i.request,
    response: i.response,
    messages: i.messages,
  };
}

function collect(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (out.length >= maxChanges) return;
  if (Object.is(before, after)) return;
  const bothArrays = Array.isArray(before) && Array.isArray(after);
  const bothObjects = isPlainObject(before) && isPlainObject(after);
  if (bothArrays && before.length === after.length) {
    before.forEach((value, i) => collect(value, after[i], `${path}[${i}]`, out));
    return;
  }
  if (bothObjects) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
      collect(before[key], after[key], path === '' ? key : `${path}.${key}`, out);
    return;
  }
  if (before === undefined && after === undefined) return;
  out.push({ path: path || '(whole)', before, after });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
