import type { MessageInteraction, SyncMessageInteraction } from '../../contracts/model.js';
import type { MessageOperation, MessagingSpec, SpecMessage } from '../../specs/model.js';
import type { Finding } from '../model.js';
import { messageFinding } from './message-finding.js';

/** The operation a message interaction is checked against, and the messages of it the pact may be. */
export type SelectedOperation =
  { ok: true; operation: MessageOperation; messages: SpecMessage[] } | { ok: false; finding: Finding };

/**
 * Finds what a pact's AsyncAPI reference names: the operation by `operationId`, narrowed to the message named
 * `messageId` when one is given; with `messageId` alone, the operations that carry a message of that name (a
 * synchronous interaction needs one operation, whose reply it is checked against). A name that matches nothing is
 * an error, never a fallback to every message.
 */
export function selectOperation(
  spec: MessagingSpec,
  reference: { operationId?: string; messageId?: string },
  interaction: MessageInteraction | SyncMessageInteraction,
): SelectedOperation {
  const referenceLocation = `${interaction.location}.comments.references.AsyncAPI`;
  const { operationId, messageId } = reference;
  const named = (message: SpecMessage) => messageId === undefined || message.names.includes(messageId);
  if (operationId !== undefined) {
    const operation = Object.hasOwn(spec.operations, operationId) ? spec.operations[operationId] : undefined;
    if (!operation) {
      return failure(interaction, {
        code: 'message.operation.unknown',
        message: `Operation not defined in AsyncAPI spec: ${operationId}`,
        mockLocation: `${referenceLocation}.operationId`,
        mockValue: operationId,
        specLocation: '[root].operations',
      });
    }
    const messages = operation.messages.filter(named);
    if (messages.length === 0) {
      const known = [...new Set(operation.messages.flatMap((m) => m.names))];
      return failure(interaction, {
        code: 'message.id.unknown',
        message:
          `Operation "${operationId}" has no message named "${messageId}"` +
          (known.length > 0 ? ` (its messages: ${known.join(', ')})` : ''),
        mockLocation: `${referenceLocation}.messageId`,
        mockValue: messageId,
        specLocation: operation.messagesLocation,
      });
    }
    return { ok: true, operation, messages };
  }
  const carriers = Object.values(spec.operations).filter((operation) => operation.messages.some(named));
  const first = carriers[0];
  if (!first) {
    return failure(interaction, {
      code: 'message.id.unknown',
      message: `No operation in the AsyncAPI spec has a message named "${messageId}"`,
      mockLocation: `${referenceLocation}.messageId`,
      mockValue: messageId,
      specLocation: '[root]',
    });
  }
  if (interaction.kind === 'sync-message' && carriers.length > 1) {
    return failure(interaction, {
      code: 'message.references.missing',
      message:
        `Message "${messageId}" is sent in several operations (${carriers.map((o) => o.id).join(', ')}): ` +
        'name the one whose reply to check in comments.references.AsyncAPI.operationId',
      mockLocation: referenceLocation,
      mockValue: reference,
      specLocation: '[root].operations',
    });
  }
  // The same message object reached from several operations is one candidate.
  const messages = new Map<string, SpecMessage>();
  for (const operation of carriers)
    for (const message of operation.messages.filter(named)) messages.set(message.pointer, message);
  return { ok: true, operation: first, messages: [...messages.values()] };
}

function failure(
  interaction: MessageInteraction | SyncMessageInteraction,
  input: Omit<Parameters<typeof messageFinding>[1], 'type'>,
): SelectedOperation {
  return { ok: false, finding: messageFinding(interaction, { ...input, type: 'error' }) };
}
