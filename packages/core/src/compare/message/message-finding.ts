import type { Interaction } from '../../contracts/model.js';
import type { Finding, FindingCode, FindingType } from '../model.js';

/** What a message check reports; {@link messageFinding} adds the interaction's details. */
export interface MessageFindingInput {
  code: FindingCode;
  type: FindingType;
  message: string;
  /** Absolute, e.g. `[root].interactions[0].contents.content.userId`. */
  mockLocation: string;
  mockValue?: unknown;
  specLocation: string;
  specValue?: unknown;
  causes?: Finding[];
}

/** A finding about a message interaction (async or synchronous). */
export function messageFinding(interaction: Interaction, input: MessageFindingInput): Finding {
  const names = interaction.providerStates.map((s) => s.name).filter((n) => n.trim() !== '');
  return {
    code: input.code,
    type: input.type,
    message: input.message,
    mockDetails: {
      interactionDescription: interaction.description,
      interactionState: names.length === 0 ? '[none]' : names.join(', '),
      location: input.mockLocation,
      ...(input.mockValue === undefined ? {} : { value: input.mockValue }),
    },
    specDetails: {
      location: input.specLocation,
      ...(input.specValue === undefined ? {} : { value: input.specValue }),
    },
    ...(input.causes === undefined ? {} : { causes: input.causes }),
  };
}
