import type { ProviderSpec } from '../../specs/model.js';
import { footprint } from './footprint.js';
import type { ConsumerContract, Footprint, InteractionRef } from './model.js';

/** Every HTTP interaction's footprint on `spec`, and the interactions that reach no operation. */
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
      const found = footprint(spec, interaction, ref);
      if (found) out.push(found);
      else unrouted.push(ref);
    }
  }
  return { footprints: out, unrouted };
}
