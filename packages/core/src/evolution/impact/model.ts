import type { Finding } from '../../compare/model.js';
import type { SpecChange } from '../model.js';
import type { InteractionRef } from '../usage/model.js';

/** A consumer version as an impact names it, with where it runs when the caller said. */
export interface ConsumerRef {
  consumer: string;
  version?: string;
  environments?: string[];
  branches?: string[];
  mainBranch?: boolean;
}

/**
 * - `broken`: its contract passes against the base spec and fails against the head (the oracle).
 * - `already-incompatible`: it fails against the base already; the head changes nothing this answer can vouch for.
 * - `compatible`: it passes against the head.
 */
export type ConsumerVerdict = 'broken' | 'already-incompatible' | 'compatible';

export interface ConsumerImpact extends ConsumerRef {
  verdict: ConsumerVerdict;
  /** Indexes into {@link SpecImpact.changes} of the changes that break it (empty when none explains it). */
  changes: number[];
  /** The head comparison's error findings (at most {@link MAX_FINDINGS}). */
  findings: Finding[];
}

/**
 * - `breaks`: at least one consumer given is broken and relies on what it changes;
 * - `used`: consumers rely on it, but their contracts still pass against the head;
 * - `unused`: breaking or potentially-breaking in theory, but no consumer given relies on it — safe to ship;
 * - `safe`: a safe change nobody is broken by.
 */
export type ChangeVerdict = 'breaks' | 'used' | 'unused' | 'safe';

export interface ChangeImpact {
  change: SpecChange;
  verdict: ChangeVerdict;
  /** The broken consumers it concerns. */
  breaks: ConsumerRef[];
  /** Every interaction (of any consumer given) it concerns. */
  usedBy: InteractionRef[];
  message: string;
}

export interface SpecImpact {
  changes: ChangeImpact[];
  consumers: ConsumerImpact[];
  /** Broken consumers no listed change concerns (the diff does not see what broke them): still broken. */
  unexplained: ConsumerRef[];
  counts: Record<ChangeVerdict, number> & { brokenConsumers: number };
  /** True when any consumer given is broken. */
  broken: boolean;
}

export const MAX_FINDINGS = 20;
