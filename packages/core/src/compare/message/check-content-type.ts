import type { SpecMessage } from '../../specs/model.js';
import { parseMediaType } from '../media/media-type.js';
import type { Finding } from '../model.js';
import { messageFinding } from './message-finding.js';
import type { MessageSide } from './message-side.js';

/**
 * The content type the pact gives its message against the spec message's (`contentType`, else the document's
 * `defaultContentType`): a different media type is a different message. Parameters are not compared.
 */
export function checkContentType(side: MessageSide, message: SpecMessage): Finding[] {
  const body = side.contents.body;
  const given = body.kind === 'absent' ? undefined : body.contentType;
  if (given === undefined || message.contentType === undefined) return [];
  const ours = parseMediaType(given);
  const theirs = parseMediaType(message.contentType);
  if (ours && theirs && ours.type === theirs.type && ours.subtype === theirs.subtype) return [];
  return [
    messageFinding(side.interaction, {
      code: 'message.content-type.incompatible',
      type: 'error',
      message: `Message content type '${given}' is not the spec message's content type '${message.contentType}'`,
      mockLocation: side.contentLocation,
      mockValue: given,
      specLocation: `${message.location}.contentType`,
      specValue: message.contentType,
    }),
  ];
}
