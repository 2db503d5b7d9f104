import type { Interaction } from '../model.js';
import { field, isRecord, pointer } from './json-guards.js';
import type { JsonRecord } from './json-guards.js';
import { normaliseRequest, normaliseResponse } from './normalise-http.js';
import { normaliseMessage } from './normalise-message.js';
import { normaliseProviderStates } from './normalise-provider-states.js';
import { invalid } from './parse-context.js';
import type { ParseContext } from './parse-context.js';

type Source = 'interactions' | 'messages';

/**
 * One entry of `interactions` (HTTP, or a v4 message type) or of v3 `messages`. Interactions of a
 * type Signet does not know (plugin or future types) are skipped — `undefined` — because nothing can
 * compare them, as PactFlow does; the others keep their source `index`. Only HTTP interactions must
 * have a description (it names them in findings); messages are kept and shown, so read tolerantly.
 *
 * @example parseInteraction(raw, 3, 'interactions', ctx)?.location // '[root].interactions[3]'
 */
export function parseInteraction(
  raw: unknown,
  index: number,
  source: Source,
  ctx: ParseContext,
): Interaction | undefined {
  const at = pointer('', source, index);
  const record: JsonRecord = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) invalid(ctx, 'An interaction must be an object', at);
  const kind = interactionKind(record, source, ctx);
  if (kind === undefined) return undefined;
  const description = field(record, 'description');
  if (typeof description !== 'string' && kind === 'http')
    invalid(ctx, 'The interaction needs a "description" string', pointer(at, 'description'));
  const base = {
    index,
    location: `[root].${source}[${index}]`,
    description: typeof description === 'string' ? description : '',
    providerStates: normaliseProviderStates(record, ctx, at),
    ...optionalFields(record),
  };
  if (kind === 'message') return { ...base, kind, ...normaliseMessage(record, ctx, at) };
  if (kind === 'sync-message') {
    const responses = field(record, 'response');
    if (!Array.isArray(responses))
      invalid(ctx, 'A synchronous message needs a "response" array', pointer(at, 'response'));
    return {
      ...base,
      kind,
      request: normaliseMessage(field(record, 'request'), ctx, pointer(at, 'request')),
      response: (Array.isArray(responses) ? responses : []).map((r, i) =>
        normaliseMessage(r, ctx, pointer(at, 'response', i)),
      ),
    };
  }
  return {
    ...base,
    kind: 'http',
    request: normaliseRequest(field(record, 'request'), ctx, pointer(at, 'request')),
    response: normaliseResponse(field(record, 'response'), ctx, pointer(at, 'response')),
  };
}

const V4_TYPES: Record<string, Interaction['kind']> = {
  'synchronous/http': 'http',
  'asynchronous/messages': 'message',
  'synchronous/messages': 'sync-message',
};

function interactionKind(
  record: JsonRecord,
  source: Source,
  ctx: ParseContext,
): Interaction['kind'] | undefined {
  if (source === 'messages') return 'message';
  const type = field(record, 'type');
  if (type === undefined)
    return ctx.version === '4' && !isRecord(field(record, 'request')) ? 'message' : 'http';
  return typeof type === 'string' ? V4_TYPES[type.toLowerCase()] : undefined;
}

function optionalFields(record: JsonRecord): {
  key?: string;
  id?: string;
  pending?: boolean;
  comments?: Record<string, unknown>;
} {
  const key = field(record, 'key');
  const id = field(record, '_id');
  const pending = field(record, 'pending');
  const comments = field(record, 'comments');
  return {
    ...(typeof key === 'string' ? { key } : {}),
    ...(typeof id === 'string' ? { id } : {}),
    ...(typeof pending === 'boolean' ? { pending } : {}),
    ...(isRecord(comments) ? { comments } : {}),
  };
}
