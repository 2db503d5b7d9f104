import type { ProviderSpec, SpecMessage } from '../../specs/model.js';

/**
 * The pointers of every payload and headers schema an AsyncAPI spec's messages use (replies included): the
 * request and response views derive these as they derive HTTP bodies. Empty for an OpenAPI spec.
 */
export function messageSchemaPointers(spec: ProviderSpec): string[] {
  const pointers: string[] = [];
  const add = (messages: readonly SpecMessage[]): void => {
    for (const message of messages) {
      for (const part of [message.payload, message.headers])
        if (part?.kind === 'schema') pointers.push(part.ref.pointer);
    }
  };
  for (const operation of Object.values(spec.messaging?.operations ?? {})) {
    add(operation.messages);
    add(operation.reply?.messages ?? []);
  }
  return pointers;
}
