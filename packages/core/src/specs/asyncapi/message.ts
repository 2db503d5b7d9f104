import type { SpecMessage } from '../model.js';
import { childLocation, pointerToLocation } from '../location.js';
import type { NormaliseContext } from '../normalise/context.js';
import { requireObject } from '../normalise/guards.js';
import { childPointer } from '../pointer.js';
import { messageNames } from './message-names.js';
import { messageSchema } from './message-schema.js';

/**
 * One message as an operation names it (usually a `$ref`, possibly through several): followed to the message
 * object, whose own location is what findings name. `defaultContentType` is the document's.
 */
export function readMessage(
  context: NormaliseContext,
  value: unknown,
  pointer: string,
  defaultContentType: string | undefined,
): SpecMessage {
  const resolved = context.refs.deref(value, pointer);
  const node = requireObject(resolved.node, resolved.pointer, 'message');
  const location = pointerToLocation(resolved.pointer);
  const message: SpecMessage = {
    location,
    pointer: resolved.pointer,
    names: messageNames(context, value, pointer),
  };
  const contentType = typeof node.contentType === 'string' ? node.contentType : defaultContentType;
  if (contentType !== undefined) message.contentType = contentType;
  const part = (key: 'payload' | 'headers', format: unknown) =>
    messageSchema(
      context,
      node[key],
      childPointer(resolved.pointer, key),
      childLocation(location, key),
      format,
    );
  const payload = part('payload', node.schemaFormat);
  if (payload) message.payload = payload;
  const headers = part('headers', undefined);
  if (headers) message.headers = headers;
  // Traits would change headers, payload or content type by merging; reading the message without them could
  // pass a contract the real message breaks.
  if (Array.isArray(node.traits) && node.traits.length > 0)
    message.unsupported = 'it uses message traits, which Signet does not apply yet';
  return message;
}
