import type { Interaction } from '../../contracts/model.js';
import type { Finding } from '../model.js';
import { messageFinding } from './message-finding.js';

export type AsyncapiReference = { ok: true; operationId: string } | { ok: false; finding: Finding };

/**
 * The AsyncAPI operation a message interaction names in `comments.references.AsyncAPI.operationId`, the way
 * PactFlow links a pact message to a spec. Without one nothing says which messages to check against, so the
 * interaction is an error rather than matched against whatever happens to fit.
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
  const operationId = record(reference)?.operationId;
  if (typeof operationId !== 'string' || operationId === '') {
    return missing(
      'Async interaction has a malformed AsyncAPI reference in comments.references.AsyncAPI: expected an "operationId" property',
      `${base}.AsyncAPI`,
      reference,
    );
  }
  return { ok: true, operationId };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
