import type { SpecMessage } from '../../specs/model.js';
import type { Finding } from '../model.js';
import { messageFinding } from './message-finding.js';
import type { MessageSide } from './message-side.js';

/** The error for a spec message Signet cannot check: the message is not matched, never assumed to fit. */
export function unsupportedMessage(
  side: MessageSide,
  message: SpecMessage,
  reason: string,
  specLocation: string,
): Finding {
  return messageFinding(side.interaction, {
    code: 'message.unsupported',
    type: 'error',
    message: `The message at ${message.location} cannot be checked: ${reason}`,
    mockLocation: side.contentLocation,
    specLocation,
  });
}
