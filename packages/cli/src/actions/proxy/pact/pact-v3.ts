import { optional, pactMatchingRules } from './pact-rules.js';
import { providerStates } from './pact-provider-states.js';
import type { PactDocumentInput } from './pact-input.js';
import type { RecordedBody, RecordedInteraction } from '../recording/index.js';

/**
 * A Pact specification v3 document: JSON bodies inline, other bodies as strings (binary ones base64-encoded,
 * as v3 has no encoding field), header values as strings, query values as arrays. v3 has no comments, so
 * notes are not written.
 */
export function pactV3(input: PactDocumentInput): Record<string, unknown> {
  return {
    consumer: { name: input.consumer },
    provider: { name: input.provider },
    interactions: input.interactions.map(interactionV3),
    metadata: { pactSpecification: { version: '3.0.0' }, signet: { recordedBy: 'signet proxy' } },
  };
}

function interactionV3(interaction: RecordedInteraction): Record<string, unknown> {
  const { request, response } = interaction;
  return {
    description: interaction.description,
    ...providerStates(interaction),
    request: {
      method: request.method,
      path: request.path,
      ...(Object.keys(request.query).length > 0 ? { query: request.query } : {}),
      headers: request.headers,
      ...(request.body ? { body: bodyV3(request.body) } : {}),
      ...optional('matchingRules', pactMatchingRules(request.rules)),
    },
    response: {
      status: response.status,
      headers: response.headers,
      ...(response.body ? { body: bodyV3(response.body) } : {}),
      ...optional('matchingRules', pactMatchingRules(response.rules)),
    },
  };
}

function bodyV3(body: RecordedBody): unknown {
  switch (body.kind) {
    case 'json':
      return body.value;
    case 'text':
      return body.text;
    case 'binary':
      return body.base64;
  }
}
