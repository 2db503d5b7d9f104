import type { MessageOperation, MessagingSpec } from '../model.js';
import { childLocation } from '../location.js';
import type { NormaliseContext } from '../normalise/context.js';
import { isObject, optionalObject, requireObject } from '../normalise/guards.js';
import { childPointer } from '../pointer.js';
import { readMessage } from './message.js';

const ACTIONS = ['publish', 'subscribe'] as const;

/**
 * The operations of an AsyncAPI 2.x document: each channel's `publish` / `subscribe`, by `operationId` (an
 * operation without one cannot be referenced, so it is left out; a repeated id keeps the first). A message
 * with `oneOf` lists its alternatives. 2.x has no replies.
 */
export function normaliseAsyncapi2(context: NormaliseContext, defaultContentType?: string): MessagingSpec {
  const channels = optionalObject(context.root.channels, '/channels', 'channels');
  const result: Record<string, MessageOperation> = {};
  for (const name of Object.keys(channels)) {
    const channelPointer = childPointer('/channels', name);
    context.current = channelPointer;
    const channel = context.refs.deref(channels[name], channelPointer);
    const item = requireObject(channel.node, channel.pointer, 'channel');
    for (const action of ACTIONS) {
      const operation = item[action];
      if (!isObject(operation) || typeof operation.operationId !== 'string') continue;
      if (result[operation.operationId]) continue;
      const pointer = childPointer(channel.pointer, action);
      const location = childLocation(childLocation('[root].channels', name), action);
      result[operation.operationId] = {
        id: operation.operationId,
        action,
        messages: messagesOf(
          context,
          operation.message,
          childPointer(pointer, 'message'),
          defaultContentType,
        ),
        messagesLocation: childLocation(location, 'message'),
        location,
        pointer,
      };
    }
  }
  return { operations: result };
}

function messagesOf(
  context: NormaliseContext,
  value: unknown,
  pointer: string,
  defaultContentType: string | undefined,
): MessageOperation['messages'] {
  if (value === undefined || value === null) return [];
  const resolved = context.refs.deref(value, pointer);
  const node = requireObject(resolved.node, resolved.pointer, 'message');
  if (!Array.isArray(node.oneOf)) return [readMessage(context, value, pointer, defaultContentType)];
  const listPointer = childPointer(resolved.pointer, 'oneOf');
  return node.oneOf.map((message, i) =>
    readMessage(context, message, childPointer(listPointer, i), defaultContentType),
  );
}
