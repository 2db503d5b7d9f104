/**
 * Pact Broker's `onConflict: merge`: the stored pact's interactions plus the new pact's, where an interaction
 * with the same description and provider states replaces the stored one. Other keys come from the new pact.
 */
export function mergePacts(storedText: string, newText: string): string {
  const stored = JSON.parse(storedText) as Record<string, unknown>;
  const incoming = JSON.parse(newText) as Record<string, unknown>;
  const key =
    Array.isArray(incoming['messages']) && !Array.isArray(incoming['interactions'])
      ? 'messages'
      : 'interactions';
  const merged = new Map<string, unknown>();
  for (const interaction of [...list(stored[key]), ...list(incoming[key])])
    merged.set(identity(interaction), interaction);
  return JSON.stringify({ ...incoming, [key]: [...merged.values()] });
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function identity(interaction: unknown): string {
  const { description, providerState, providerStates } = (interaction ?? {}) as Record<string, unknown>;
  return JSON.stringify([description, providerState ?? null, providerStates ?? null]);
}
