/** What {@link diffSpecs} answers: classified changes between two versions of a provider spec. */

/** How a change affects existing clients: `breaking` fails some of them, `potentially-breaking` may. */
export type ChangeSeverity = 'breaking' | 'potentially-breaking' | 'safe';

/** Which side of the exchange the change is on: what clients send, what they receive, or the spec as a whole. */
export type ChangeDirection = 'request' | 'response' | 'spec';

/** One classified change. Every field but `id`, `severity`, `message` and `direction` says where it is. */
export interface SpecChange {
  /** Stable check id, e.g. `request-parameter-became-required` (oasdiff's id where the meaning is the same). */
  id: string;
  severity: ChangeSeverity;
  message: string;
  direction: ChangeDirection;
  /** The operation: lower-case method and the head's path template (the base's when it was removed). */
  operation?: { method: string; path: string };
  parameter?: { in: string; name: string };
  /** Response status as the spec writes it (`200`, `2XX`, `default`). */
  status?: string;
  mediaType?: string;
  /** Property path inside the schema, e.g. `owner.tags[]`; `''` for the schema itself. */
  propertyPath?: string;
  /** JSON pointer into the base spec's `schemaRoot` (absent when the thing is new). */
  base?: string;
  /** JSON pointer into the head spec's `schemaRoot` (absent when the thing was removed). */
  head?: string;
}

export interface SpecDiff {
  changes: SpecChange[];
  counts: Record<ChangeSeverity, number>;
}

/** Severity order for `--fail-on`: a change fails when it is at or above the threshold. */
export const severityRank: Record<ChangeSeverity, number> = {
  safe: 0,
  'potentially-breaking': 1,
  breaking: 2,
};
