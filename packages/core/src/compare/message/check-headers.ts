import type { SpecMessage } from '../../specs/model.js';
import type { Finding } from '../model.js';
import { reduceErrors } from '../schema/schema-errors.js';
import type { MessageCheckContext, MessageSide } from './message-side.js';
import { schemaErrorFindings } from './schema-error-findings.js';
import { unsupportedMessage } from './unsupported-message.js';

// Pact writers keep the message's content type in its metadata; it is checked as the content type, not a header.
const CONTENT_TYPE_KEYS = new Set(['contenttype', 'content-type']);

/** The interaction's metadata against the spec message's `headers` schema, in the side's direction. */
export function checkHeaders(
  context: MessageCheckContext,
  side: MessageSide,
  message: SpecMessage,
): Finding[] {
  const headers = message.headers;
  if (!headers) return [];
  if (headers.kind === 'unsupported')
    return [unsupportedMessage(side, message, headers.reason, headers.location)];
  const value = Object.fromEntries(
    Object.entries(side.contents.metadata).filter(([key]) => !CONTENT_TYPE_KEYS.has(key.toLowerCase())),
  );
  const outcome = context.validators.validate(side.direction, headers.ref.pointer, value);
  if (!outcome.ok)
    return [
      unsupportedMessage(
        side,
        message,
        `its headers schema cannot be compiled: ${outcome.reason}`,
        headers.location,
      ),
    ];
  return schemaErrorFindings(side, reduceErrors(outcome.errors), {
    code: 'message.headers.incompatible',
    prefix: 'Message headers are incompatible with the schema in the spec file',
    mockLocation: side.metadataLocation,
    specLocation: headers.location,
    value,
  });
}
