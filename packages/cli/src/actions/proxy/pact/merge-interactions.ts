import { isRecord } from './existing-pact.js';

/**
 * The existing interactions with each recorded one merged in: one with the same description and provider
 * states (how Pact tells interactions apart) is replaced where it stands, any other is appended.
 *
 * @example mergeInteractions([{ description: 'a' }, { description: 'b' }], [{ description: 'a', x: 1 }])
 * // { interactions: [{ description: 'a', x: 1 }, { description: 'b' }], replaced: 1, added: 0 }
 */
export function mergeInteractions(
  existing: readonly unknown[],
  recorded: readonly unknown[],
): { interactions: unknown[]; replaced: number; added: number } {
  const interactions = [...existing];
  const at = new Map<string, number>();
  existing.forEach((interaction, index) => at.set(identity(interaction), index));
  let replaced = 0;
  let added = 0;
  for (const interaction of recorded) {
    const key = identity(interaction);
    const index = at.get(key);
    if (index === undefined) {
      at.set(key, interactions.push(interaction) - 1);
      added += 1;
    } else {
      interactions[index] = interaction;
      replaced += 1;
    }
  }
  return { interactions, replaced, added };
}

/** Description and provider state names: v3/v4 `providerStates: [{ name }]` or v2 `providerState`. */
function identity(interaction: unknown): string {
  if (!isRecord(interaction)) return JSON.stringify(interaction);
  const listed: unknown = interaction['providerStates'];
  const states: unknown[] = Array.isArray(listed)
    ? listed.map((state: unknown) => (isRecord(state) ? state['name'] : state))
    : typeof interaction['providerState'] === 'string'
      ? [interaction['providerState']]
      : [];
  return JSON.stringify([interaction['description'], states]);
}
