import type { NormaliseContext } from '../normalise/context.js';
import { isObject } from '../normalise/guards.js';
import { pointerTokens } from '../pointer.js';

// A chain longer than this is refused by `deref` anyway; names stop being collected here.
const maxSteps = 64;

/**
 * The names a pact can give a message in `comments.references.AsyncAPI.messageId`: the 2.x `messageId` field
 * (3.x dropped it; kept when written), and the key of every `messages` map the operation's `$ref` chain passes
 * through (`#/channels/users/messages/created` → `created`, and `#/components/messages/userCreated` when that
 * entry is itself a `$ref` to the component). An inline message without `messageId` has no name.
 */
export function messageNames(context: NormaliseContext, value: unknown, pointer: string): string[] {
  const names = new Set<string>();
  let node = value;
  let at = pointer;
  for (let step = 0; step <= maxSteps; step++) {
    const key = messagesKey(at);
    if (key !== undefined) names.add(key);
    if (!isObject(node) || typeof node.$ref !== 'string') break;
    const next = context.refs.resolveString(node.$ref, at);
    if (next === undefined) break;
    at = next;
    node = context.refs.valueAt(next);
  }
  if (isObject(node) && typeof node.messageId === 'string' && node.messageId !== '')
    names.add(node.messageId);
  return [...names];
}

/** `created` for `/channels/users/messages/created` or `/components/messages/created`; else undefined. */
function messagesKey(pointer: string): string | undefined {
  const tokens = pointerTokens(pointer);
  if (tokens.length < 2 || tokens[tokens.length - 2] !== 'messages') return undefined;
  const parent = tokens.slice(0, -2);
  const inComponents = parent.length >= 1 && parent[parent.length - 1] === 'components';
  const inChannel = parent.length >= 2 && parent[parent.length - 2] === 'channels';
  return inComponents || inChannel ? tokens[tokens.length - 1] : undefined;
}
