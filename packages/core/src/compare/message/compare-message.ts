import type {
  Contract,
  MessageContents,
  MessageInteraction,
  SyncMessageInteraction,
} from '../../contracts/model.js';
import type { MessageOperation, ProviderSpec } from '../../specs/model.js';
import { valueAt } from '../../specs/pointer.js';
import type { Finding } from '../model.js';
import { asyncapiReference } from './asyncapi-reference.js';
import { matchMessage } from './match-message.js';
import { selectOperation } from './select-operation.js';
import { messageFinding } from './message-finding.js';
import type { MessageCheckContext, MessageSide } from './message-side.js';

type Messaging = MessageCheckContext & { spec: ProviderSpec };

/**
 * Checks one message interaction against an AsyncAPI spec: the operation its AsyncAPI reference names, then
 * its messages (an async message, or a sync request), then for a sync interaction each response against the
 * operation's reply. Without an AsyncAPI spec the interaction is an error: it was not checked.
 */
export function compareMessageInteraction(
  messaging: Messaging | undefined,
  interaction: MessageInteraction | SyncMessageInteraction,
  contract: Pick<Contract, 'pactVersion'>,
): Finding[] {
  if (!messaging?.spec.messaging) {
    return [
      messageFinding(interaction, {
        code: 'message.spec.missing',
        type: 'error',
        message: 'No AsyncAPI document provided to validate async interaction',
        mockLocation: interaction.location,
        mockValue: interaction.description,
        specLocation: '[root]',
      }),
    ];
  }
  const reference = asyncapiReference(interaction);
  if (!reference.ok) return [reference.finding];
  const selected = selectOperation(messaging.spec.messaging, reference, interaction);
  if (!selected.ok) return [selected.finding];
  const { operation, messages } = selected;
  const referenceLocation = `${interaction.location}.comments.references.AsyncAPI`;
  const v4 = contract.pactVersion === '4';
  if (interaction.kind === 'message') {
    const side = sideOf(interaction, interaction, 'response', interaction.location, v4);
    return matchMessage(messaging, side, messages, {
      mockLocation: interaction.location,
      mockValue: interaction.description,
      specLocation: operation.messagesLocation,
    });
  }
  const request = sideOf(
    interaction,
    interaction.request,
    'request',
    `${interaction.location}.request`,
    true,
  );
  const findings = matchMessage(messaging, request, messages, {
    mockLocation: `${referenceLocation}.${reference.operationId === undefined ? 'messageId' : 'operationId'}`,
    mockValue: reference.operationId ?? reference.messageId,
    specLocation: operation.messagesLocation,
  });
  if (findings.some((f) => f.type === 'error')) return findings;
  if (!operation.reply)
    return [...findings, replyMissing(messaging, interaction, operation, referenceLocation)];
  const reply = operation.reply;
  interaction.response.forEach((response, i) => {
    const location = `${interaction.location}.response[${i}]`;
    const side = sideOf(interaction, response, 'response', location, true);
    findings.push(
      ...matchMessage(messaging, side, reply.messages, {
        mockLocation: location,
        mockValue: interaction.description,
        specLocation: reply.messagesLocation,
      }),
    );
  });
  return findings;
}

function sideOf(
  interaction: MessageInteraction | SyncMessageInteraction,
  contents: MessageContents,
  direction: MessageSide['direction'],
  location: string,
  v4: boolean,
): MessageSide {
  // v4 wraps the body as `contents.content`; v3 messages hold it in `contents` directly.
  const contentLocation = v4 ? `${location}.contents.content` : `${location}.contents`;
  return {
    interaction,
    contents,
    direction,
    location,
    contentLocation,
    metadataLocation: `${location}.metadata`,
  };
}

function replyMissing(
  messaging: Messaging,
  interaction: SyncMessageInteraction,
  operation: MessageOperation,
  referenceLocation: string,
): Finding {
  return messageFinding(interaction, {
    code: 'message.reply.missing',
    type: 'error',
    message: `Operation "${operation.id}" has no reply field in AsyncAPI spec`,
    mockLocation: referenceLocation,
    mockValue: operation.id,
    specLocation: operation.location,
    specValue: valueAt(messaging.document(), operation.pointer),
  });
}
