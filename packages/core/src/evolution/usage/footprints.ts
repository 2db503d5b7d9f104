import type { ProviderSpec } from '../../specs/model.js';
import { footprint } from './footprint.js';
import type { ConsumerContract, Footprint, InteractionRef } from './model.js';

/** Every HTTP interaction's footprint on `spec`, and the interactions that reach no operation (or could not be read). */
export function footprints(
  spec: ProviderSpec,
  consumers: readonly ConsumerContract[],
): { footprints: Footprint[]; unrouted: InteractionRef[] } {
  const out: Footprint[] = [];
  const unrouted: InteractionRef[] = [];
  for (const { consumer, version, contract } of consumers) {
    for (const interaction of contract.interactions) {
      if (interaction.kind !== 'http') continue;
      const ref: InteractionRef = {
        consumer,
        ...(version === undefined ? {} : { version }),
        interaction: interaction.description,
        index: interaction.index,
      };
      // The comparison contains a throwing check the same way: here the interaction is only not attributed
      // (impact still takes its verdict from compare, so nothing becomes "safe" through this).
      let found;
      try {
        found = footprint(spec, interaction, ref);
      } catch {
        found = undefined;
      }
      if (found) out.push(found);
      else unrouted.push(ref);
    }
  }
  return { footprints: out, unrouted };
}
