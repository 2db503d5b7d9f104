import type { Interaction } from '../../contracts/model.js';
import type { Finding } from '../model.js';
import { messageFinding } from './message-finding.js';

export type AsyncapiReference =
  { ok: true; operationId?: string; messageId?: string } | { ok: false; finding: Finding };

/**
 * The AsyncAPI operation a message interaction names in `comments.references.AsyncAPI.operationId`, the way
 * PactFlow links a pact message to a spec, and the message it names in `messageId` (Signet's own: narrows the
 * operation's messages to that one, or alone finds the operations carrying it). Without either nothing says
 * which messages to check against, so the interaction is an error rather than matched against whatever fits.
 */
export function asyncapiReference(interaction: Interaction): AsyncapiReference {
  const references = record(interaction.comments?.references);
  const base = `${interaction.location}.comments.references`;
  const reference = references?.AsyncAPI;
  const missing = (message: string, mockLocation: string, mockValue?: unknown): AsyncapiReference => ({
    ok: false,
    finding: messageFinding(interaction, {
      code: 'message.references.missing',
      type: 'error',
      message,
      mockLocation,
      mockValue,
      specLocation: '[root]',
    }),
  });
  if (reference === undefined) {
    return missing(
      'Async interaction has no AsyncAPI reference: add comments.references.AsyncAPI.operationId naming the operation',
      base,
      references,
    );
  }
  const operationId = named(record(reference)?.operationId);
  const messageId = named(record(reference)?.messageId);
  if (operationId === null || messageId === null || (operationId ?? messageId) === undefined) {
    return missing(
      'Async interaction has a malformed AsyncAPI reference in comments.references.AsyncAPI: expected an "operationId" property (or a "messageId"), each a non-empty string',
      `${base}.AsyncAPI`,
      reference,
    );
  }
  return {
    ok: true,
    ...(operationId === undefined ? {} : { operationId }),
    ...(messageId === undefined ? {} : { messageId }),
  };
}

/** A non-empty string, undefined when absent, null when present but not one (malformed). */
function named(value: unknown): string | undefined | null {
  if (value === undefined) return undefined;
  return typeof value === 'string' && value !== '' ? value : null;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
