import type { HttpInteraction } from '../contracts/model.js';
import type { Operation } from '../specs/model.js';
import type { Finding, FindingCode, FindingType } from './model.js';

/** What a check reports; the collector adds the interaction and operation details. */
export interface FindingInput {
  code: FindingCode;
  type: FindingType;
  message: string;
  /** Relative to the interaction, e.g. `request.query.age` or `response.body.items.0`. */
  mockLocation: string;
  mockValue?: unknown;
  specLocation: string;
  specValue?: unknown;
}

/** Collects the findings of one interaction. */
export class FindingCollector {
  readonly findings: Finding[] = [];
  operation: Operation | undefined;

  constructor(private readonly interaction: HttpInteraction) {}

  add(input: FindingInput): void {
    const op = this.operation;
    this.findings.push({
      code: input.code,
      type: input.type,
      message: input.message,
      mockDetails: {
        interactionDescription: this.interaction.description,
        interactionState: interactionState(this.interaction),
        location: `${this.interaction.location}.${input.mockLocation}`,
        ...(input.mockValue === undefined ? {} : { value: input.mockValue }),
      },
      specDetails: {
        location: input.specLocation,
        ...(op ? { pathMethod: op.method, pathName: op.path } : {}),
        ...(input.specValue === undefined ? {} : { value: input.specValue }),
      },
    });
  }
}

/** Provider state names joined with `, `; `[none]` when there are none (empty names count as none). */
export function interactionState(interaction: HttpInteraction): string {
  const names = interaction.providerStates.map((s) => s.name).filter((n) => n.trim() !== '');
  return names.length === 0 ? '[none]' : names.join(', ');
}

/** `['items', '0', 'id']` → `.items.0.id`, the dotted form findings use. */
export function dotted(segments: readonly string[]): string {
  return segments.map((s) => '.' + s).join('');
}
