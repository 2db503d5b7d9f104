import { createHash } from 'node:crypto';
import { optional, pactMatchingRules } from './pact-rules.js';
import { providerStates } from './pact-provider-states.js';
import type { PactDocumentInput } from './pact-input.js';
import type { RecordedBody, RecordedInteraction } from '../recording/index.js';

/**
 * A Pact specification v4 document: `Synchronous/HTTP` interactions, bodies as `{ content, contentType,
 * encoded }` (binary base64-encoded), header and query values as arrays, notes as `comments`.
 */
export function pactV4(input: PactDocumentInput): Record<string, unknown> {
  return {
    consumer: { name: input.consumer },
    provider: { name: input.provider },
    interactions: input.interactions.map(interactionV4),
    metadata: { pactSpecification: { version: '4.0' }, signet: { recordedBy: 'signet proxy' } },
  };
}

function interactionV4(interaction: RecordedInteraction): Record<string, unknown> {
  const { request, response } = interaction;
  return {
    type: 'Synchronous/HTTP',
    key: createHash('sha256').update(interaction.key).digest('hex').slice(0, 16),
    description: interaction.description,
    ...providerStates(interaction),
    pending: false,
    request: {
      method: request.method,
      path: request.path,
      ...(Object.keys(request.query).length > 0 ? { query: request.query } : {}),
      headers: asLists(request.headers),
      ...(request.body ? { body: bodyV4(request.body) } : {}),
      ...optional('matchingRules', pactMatchingRules(request.rules)),
    },
    response: {
      status: response.status,
      headers: asLists(response.headers),
      ...(response.body ? { body: bodyV4(response.body) } : {}),
      ...optional('matchingRules', pactMatchingRules(response.rules)),
    },
    ...(interaction.notes.length > 0 ? { comments: { text: interaction.notes } } : {}),
  };
}

function bodyV4(body: RecordedBody): Record<string, unknown> {
  switch (body.kind) {
    case 'json':
      return { content: body.value, contentType: body.contentType, encoded: false };
    case 'text':
      return { content: body.text, contentType: body.contentType, encoded: false };
    case 'binary':
      return { content: body.base64, contentType: body.contentType, encoded: 'base64' };
  }
}

function asLists(headers: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]]));
}
