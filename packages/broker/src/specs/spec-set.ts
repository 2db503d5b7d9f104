import type { SpecKind } from './spec-kind.js';

/** One spec of a version's set: its kind and content sha. */
export interface SpecPart {
  kind: SpecKind;
  sha: string;
}

const MARK = '{"signet":"spec-set","specs":';

/**
 * The document standing for a version's OpenAPI and AsyncAPI specs together: comparisons are keyed by
 * (contract sha, spec sha), and a version with two specs is compared against both, so its key is the sha of this
 * text, stored in `documents` like any other. Canonical (parts sorted by kind), so equal sets share one key. It
 * has no `openapi`/`asyncapi` field, so it can never be published or loaded as a spec itself.
 */
export function specSetText(parts: readonly SpecPart[]): string {
  const sorted = [...parts].sort((a, b) => a.kind.localeCompare(b.kind));
  return `${MARK}${JSON.stringify(sorted.map((part) => ({ kind: part.kind, sha: part.sha })))}}`;
}

/** The parts of a spec-set document, or undefined when `text` is a spec (recognised by its exact shape). */
export function readSpecSet(text: string): SpecPart[] | undefined {
  if (!text.startsWith(MARK)) return undefined;
  const parsed = JSON.parse(text) as { specs?: unknown };
  const parts = Array.isArray(parsed.specs) ? (parsed.specs as unknown[]) : [];
  const valid = parts.every(
    (part) =>
      typeof part === 'object' &&
      part !== null &&
      ((part as SpecPart).kind === 'openapi' || (part as SpecPart).kind === 'asyncapi') &&
      typeof (part as SpecPart).sha === 'string',
  );
  if (!valid || parts.length < 2 || specSetText(parts as SpecPart[]) !== text)
    throw new Error('a stored spec set is malformed');
  return parts as SpecPart[];
}
