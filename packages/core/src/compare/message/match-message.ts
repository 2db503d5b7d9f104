import type { SpecMessage } from '../../specs/model.js';
import { valueAt } from '../../specs/pointer.js';
import type { Finding } from '../model.js';
import { checkContentType } from './check-content-type.js';
import { checkHeaders } from './check-headers.js';
import { checkPayload } from './check-payload.js';
import { messageFinding } from './message-finding.js';
import type { MessageCheckContext, MessageSide } from './message-side.js';
import { unsupportedMessage } from './unsupported-message.js';

/** Where `message.no.match` points when no candidate fits. */
export interface NoMatchTarget {
  mockLocation: string;
  mockValue: unknown;
  specLocation: string;
}

/**
 * Tries the operation's messages in order; the first that accepts the pact message is matched (PactFlow's
 * `message.matched` info, plus that message's warnings). When none does, one `message.no.match` error carries
 * every candidate's errors as its causes.
 */
export function matchMessage(
  context: MessageCheckContext,
  side: MessageSide,
  candidates: readonly SpecMessage[],
  noMatch: NoMatchTarget,
): Finding[] {
  const causes: Finding[] = [];
  for (const message of candidates) {
    const found = message.unsupported
      ? [unsupportedMessage(side, message, message.unsupported, message.location)]
      : checkContentType(side, message);
    if (found.length === 0)
      found.push(...checkPayload(context, side, message), ...checkHeaders(context, side, message));
    if (!found.some((f) => f.type === 'error')) return [...found, matched(context, side, message)];
    causes.push(...found);
  }
  return [
    messageFinding(side.interaction, {
      code: 'message.no.match',
      type: 'error',
      message: noMatchMessage(causes),
      ...noMatch,
      causes,
    }),
  ];
}

/**
 * PactFlow's text, then the first causes: a report that prints only messages still says why. The causes
 * themselves stay in `causes`.
 */
function noMatchMessage(causes: readonly Finding[]): string {
  const text = 'No message in the operation matched the interaction';
  if (causes.length === 0) return `${text} (the operation lists no messages)`;
  const shown = causes.slice(0, 3).map((cause) => `${cause.mockDetails.location}: ${cause.message}`);
  const more = causes.length > 3 ? `; and ${causes.length - 3} more` : '';
  return `${text}. ${shown.join('; ')}${more}`;
}

function matched(context: MessageCheckContext, side: MessageSide, message: SpecMessage): Finding {
  return messageFinding(side.interaction, {
    code: 'message.matched',
    type: 'info',
    message: `Matched message at ${message.location}`,
    mockLocation: side.location,
    specLocation: message.location,
    specValue: valueAt(context.document(), message.pointer),
  });
}
