import type { MessageOperation, MessagingSpec, SpecMessage } from '../model.js';
import { childLocation } from '../location.js';
import type { NormaliseContext } from '../normalise/context.js';
import {
  isObject,
  optionalArray,
  optionalObject,
  requireObject,
  type JsonObject,
} from '../normalise/guards.js';
import { childPointer } from '../pointer.js';
import { readMessage } from './message.js';

/** The operations of an AsyncAPI 3.x document, keyed as written, with their messages and replies. */
export function normaliseAsyncapi3(context: NormaliseContext, defaultContentType?: string): MessagingSpec {
  const operations = optionalObject(context.root.operations, '/operations', 'operations');
  const result: Record<string, MessageOperation> = {};
  for (const id of Object.keys(operations)) {
    const declared = childPointer('/operations', id);
    context.current = declared;
    const { node, pointer } = context.refs.deref(operations[id], declared);
    const operation = requireObject(node, pointer, 'operation');
    const location = childLocation('[root].operations', id);
    const normalised: MessageOperation = {
      id,
      action: typeof operation.action === 'string' ? operation.action : '',
      messages: messagesOf(context, operation, pointer, defaultContentType),
      messagesLocation: childLocation(location, 'messages'),
      location,
      pointer,
    };
    if (operation.reply !== undefined && operation.reply !== null) {
      const reply = context.refs.deref(operation.reply, childPointer(pointer, 'reply'));
      normalised.reply = {
        messages: messagesOf(
          context,
          requireObject(reply.node, reply.pointer, 'reply'),
          reply.pointer,
          defaultContentType,
        ),
        messagesLocation: childLocation(childLocation(location, 'reply'), 'messages'),
      };
    }
    result[id] = normalised;
  }
  return { operations: result };
}

/** An operation's (or reply's) `messages`; when it lists none, AsyncAPI 3 means every message of its channel. */
function messagesOf(
  context: NormaliseContext,
  holder: JsonObject,
  pointer: string,
  defaultContentType: string | undefined,
): SpecMessage[] {
  if (holder.messages !== undefined && holder.messages !== null) {
    const listPointer = childPointer(pointer, 'messages');
    return optionalArray(holder.messages, listPointer, 'messages').map((message, i) =>
      readMessage(context, message, childPointer(listPointer, i), defaultContentType),
    );
  }
  if (!isObject(holder.channel)) return [];
  const channel = context.refs.deref(holder.channel, childPointer(pointer, 'channel'));
  const channelNode = requireObject(channel.node, channel.pointer, 'channel');
  const messagesPointer = childPointer(channel.pointer, 'messages');
  const messages = optionalObject(channelNode.messages, messagesPointer, 'messages');
  return Object.keys(messages).map((name) =>
    readMessage(context, messages[name], childPointer(messagesPointer, name), defaultContentType),
  );
}
