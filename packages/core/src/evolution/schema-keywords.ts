import type { KeywordChange } from './keyword-rules.js';

/** Reports one keyword change with its message; the caller turns it into a check id for the site. */
export type KeywordReport = (change: KeywordChange, message: string) => void;

const BOUNDS = [
  { key: 'maximum', upper: true, name: 'max' },
  { key: 'minimum', upper: false, name: 'min' },
  { key: 'maxLength', upper: true, name: 'max-length' },
  { key: 'minLength', upper: false, name: 'min-length' },
  { key: 'maxItems', upper: true, name: 'max-items' },
  { key: 'minItems', upper: false, name: 'min-items' },
] as const;

/** Most enum values listed one by one; larger enums are still compared, but reported in one change. */
const MAX_LISTED_VALUES = 20;

/** The keyword checks on one pair of (resolved, non-boolean) schemas: type, format, enum, bounds, pattern… */
export function diffKeywords(
  base: Record<string, unknown>,
  head: Record<string, unknown>,
  report: KeywordReport,
): void {
  diffType(base, head, report);
  diffFormat(base, head, report);
  diffEnum(base, head, report);
  for (const bound of BOUNDS) diffBound(bound, base[bound.key], head[bound.key], report);
  if (!sameValue(base.multipleOf, head.multipleOf))
    report(
      'multiple-of-changed',
      `multipleOf changed from ${show(base.multipleOf)} to ${show(head.multipleOf)}`,
    );
  diffPattern(base.pattern, head.pattern, report);
  if (!sameValue(base.default, head.default) && (base.default !== undefined || head.default !== undefined))
    report('default-value-changed', `default changed from ${show(base.default)} to ${show(head.default)}`);
}

/** The declared types, `null` apart; undefined when any type is allowed. */
function types(schema: Record<string, unknown>): { types?: Set<string>; nullable: boolean } {
  const raw = schema.type;
  const list =
    typeof raw === 'string'
      ? [raw]
      : Array.isArray(raw)
        ? raw.filter((t) => typeof t === 'string')
        : undefined;
  const nullable = list === undefined || list.includes('null') || schema.nullable === true;
  if (list === undefined) return { nullable };
  return { types: new Set(list.filter((t) => t !== 'null')), nullable };
}

function diffType(base: Record<string, unknown>, head: Record<string, unknown>, report: KeywordReport): void {
  const before = types(base);
  const after = types(head);
  if (
    before.types !== undefined &&
    after.types !== undefined &&
    before.types.size > 0 &&
    after.types.size > 0
  ) {
    if (before.nullable !== after.nullable)
      report(
        after.nullable ? 'became-nullable' : 'became-not-nullable',
        after.nullable ? 'became nullable' : 'is no longer nullable',
      );
  }
  const from = before.types;
  const to = after.types;
  if (from === undefined && to === undefined) return;
  const text = `type changed from ${describeTypes(from)} to ${describeTypes(to)}`;
  if (from !== undefined && to !== undefined && from.size === 0 && to.size === 0) return;
  if (from !== undefined && to !== undefined && sameSet(from, to)) return;
  if (covers(to, from)) report('type-widened', text);
  else if (covers(from, to)) report('type-narrowed', text);
  else report('type-changed', text);
}

/** Whether every value of type set `inner` is allowed by `outer` (undefined = any; number includes integer). */
function covers(outer: Set<string> | undefined, inner: Set<string> | undefined): boolean {
  if (outer === undefined) return true;
  if (inner === undefined) return false;
  for (const t of inner) if (!outer.has(t) && !(t === 'integer' && outer.has('number'))) return false;
  return true;
}

function describeTypes(set: Set<string> | undefined): string {
  return set === undefined ? 'any' : [...set].sort().join('|') || 'null';
}

function diffFormat(
  base: Record<string, unknown>,
  head: Record<string, unknown>,
  report: KeywordReport,
): void {
  const from = typeof base.format === 'string' ? base.format : undefined;
  const to = typeof head.format === 'string' ? head.format : undefined;
  if (from === to) return;
  if (from === undefined) report('format-added', `format ${to} added`);
  else if (to === undefined) report('format-removed', `format ${from} removed`);
  else report('format-changed', `format changed from ${from} to ${to}`);
}

function diffEnum(base: Record<string, unknown>, head: Record<string, unknown>, report: KeywordReport): void {
  const from = Array.isArray(base.enum) ? new Map(base.enum.map((v) => [JSON.stringify(v), v])) : undefined;
  const to = Array.isArray(head.enum) ? new Map(head.enum.map((v) => [JSON.stringify(v), v])) : undefined;
  if (from === undefined && to === undefined) return;
  if (from === undefined) return report('enum-added', `enum added: ${listed([...to!.keys()])}`);
  if (to === undefined) return report('enum-removed', 'enum removed: any value is allowed');
  const added = [...to.keys()].filter((k) => !from.has(k)).sort();
  const removed = [...from.keys()].filter((k) => !to.has(k)).sort();
  reportValues(added, 'enum-value-added', 'enum value added', report);
  reportValues(removed, 'enum-value-removed', 'enum value removed', report);
}

function reportValues(keys: string[], change: KeywordChange, what: string, report: KeywordReport): void {
  if (keys.length > MAX_LISTED_VALUES) report(change, `${keys.length} values: ${what}: ${listed(keys)}`);
  else for (const key of keys) report(change, `${what}: ${key}`);
}

function listed(keys: string[]): string {
  const shown = keys.slice(0, MAX_LISTED_VALUES).join(', ');
  return keys.length > MAX_LISTED_VALUES ? `${shown}, …` : shown;
}

function diffBound(bound: (typeof BOUNDS)[number], from: unknown, to: unknown, report: KeywordReport): void {
  const a = typeof from === 'number' ? from : undefined;
  const b = typeof to === 'number' ? to : undefined;
  if (a === b) return;
  const text = `${bound.key} changed from ${show(a)} to ${show(b)}`;
  const set = `${bound.name}-set` as KeywordChange;
  const up = `${bound.name}-increased` as KeywordChange;
  const down = `${bound.name}-decreased` as KeywordChange;
  if (a === undefined) return report(set, `${bound.key} ${b} set`);
  // A bound removed is the widest change: an upper one "increased" to infinity, a lower one "decreased".
  if (b === undefined) return report(bound.upper ? up : down, `${bound.key} ${a} removed`);
  report(b > a ? up : down, text);
}

function diffPattern(from: unknown, to: unknown, report: KeywordReport): void {
  const a = typeof from === 'string' ? from : undefined;
  const b = typeof to === 'string' ? to : undefined;
  if (a === b) return;
  if (a === undefined) report('pattern-added', `pattern ${b} added`);
  else if (b === undefined) report('pattern-removed', `pattern ${a} removed`);
  else report('pattern-changed', `pattern changed from ${a} to ${b}`);
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function show(value: unknown): string {
  if (value === undefined) return 'none';
  const text = JSON.stringify(value);
  return text.length > 80 ? text.slice(0, 77) + '…' : text;
}
