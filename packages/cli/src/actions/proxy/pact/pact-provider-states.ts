import type { RecordedInteraction } from '../recording/index.js';

/**
 * `{ providerStates: [{ name }] }` as Pact v3 and v4 write the states an interaction needs, or `{}` when it
 * needs none (for spreading into an interaction).
 */
export function providerStates(interaction: RecordedInteraction): Record<string, unknown> {
  if (interaction.providerStates.length === 0) return {};
  return { providerStates: interaction.providerStates.map((name) => ({ name })) };
}
