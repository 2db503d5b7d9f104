import { createHash } from 'node:crypto';

/**
 * The pact with an `_id` on every interaction (and message), as Pact Broker serves pacts: verifiers echo it
 * back as `testResults[].interactionId`. The id is a hash of the interaction, so the stored text (content
 * addressed, shared with `/api/v1`) never changes and the same interaction always has the same id.
 */
export function withInteractionIds(pact: Record<string, unknown>): Record<string, unknown> {
  const result = { ...pact };
  for (const key of ['interactions', 'messages']) {
    const list = result[key];
    if (!Array.isArray(list)) continue;
    result[key] = list.map((interaction: unknown) =>
      typeof interaction === 'object' && interaction !== null && !Array.isArray(interaction)
        ? { _id: interactionId(interaction), ...interaction }
        : interaction,
    );
  }
  return result;
}

export function interactionId(interaction: object): string {
  const { _id: _, ...content } = interaction as Record<string, unknown>;
  return createHash('sha1').update(JSON.stringify(content)).digest('hex');
}
