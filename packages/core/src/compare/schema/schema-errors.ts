import type { ErrorObject } from 'ajv';
import { parsePointer } from './json-pointer.js';

/** One validation problem, reduced from Ajv's errors. */
export interface SchemaError {
  /** Path of the offending value inside the validated value. */
  path: string[];
  message: string;
  keyword: string;
  /** Ajv's schema path, dotted (`properties.age.type`), relative to the schema that failed. */
  schemaPath: string;
}

/**
 * Ajv's errors as findings-to-be. A failed `anyOf`/`oneOf` keeps its own error and, before it, the errors of
 * the branch that came closest (see {@link closestBranch}), so the finding names the failing field
 * (`body.name: must be string`) rather than only "must match a schema in anyOf"; the other branches' errors
 * go. `if`'s "must match then" is dropped since the error inside `then` already says what is wrong.
 */
export function reduceErrors(errors: readonly ErrorObject[] | null | undefined): SchemaError[] {
  if (!errors) return [];
  return reduceComposites(errors.filter((e) => e.keyword !== 'if')).map(toSchemaError);
}

function isComposite(error: ErrorObject): boolean {
  return error.keyword === 'anyOf' || error.keyword === 'oneOf';
}

/** Ajv lists a composite's branch errors right before it, all at or under its instance path. */
function reduceComposites(errors: readonly ErrorObject[]): ErrorObject[] {
  const j = findLastIndex(errors, isComposite);
  if (j < 0) return [...errors];
  const composite = errors[j] as ErrorObject;
  let start = j;
  while (start > 0 && within((errors[start - 1] as ErrorObject).instancePath, composite.instancePath))
    start -= 1;
  const before = reduceComposites(errors.slice(0, start));
  const branch = reduceComposites(closestBranch(composite, errors.slice(start, j)));
  return [...before, ...branch, composite, ...errors.slice(j + 1)];
}

/**
 * The errors of the branch that came closest to matching: fewest failures at the composite's own place (a
 * wrong type, a missing property), then fewest failures, then the deepest one (it got furthest into the value),
 * then the first branch. Branches are told apart by their schema path (`…/anyOf/1/…`); errors from inside a
 * `$ref`'d branch carry the target's own path, so consecutive ones are taken as one branch, which may join two
 * `$ref` branches: the composite's own error is kept regardless, so the verdict never depends on this choice.
 */
function closestBranch(composite: ErrorObject, inner: readonly ErrorObject[]): ErrorObject[] {
  // A oneOf that more than one branch matched: the failing branches' errors say nothing about what is wrong.
  const passing = (composite.params as { passingSchemas?: unknown }).passingSchemas;
  if (inner.length === 0 || Array.isArray(passing)) return [];
  const prefix = `${composite.schemaPath}/`;
  const groups: ErrorObject[][] = [];
  let current: { key: string; errors: ErrorObject[] } | undefined;
  for (const error of inner) {
    const inRef = current?.key.startsWith('ref:') === true;
    const key = error.schemaPath.startsWith(prefix)
      ? (error.schemaPath.slice(prefix.length).split('/')[0] ?? '')
      : inRef
        ? (current as { key: string }).key
        : `ref:${groups.length}`;
    if (!current || current.key !== key) {
      current = { key, errors: [] };
      groups.push(current.errors);
    }
    current.errors.push(error);
  }
  const depth = (e: ErrorObject): number => e.instancePath.split('/').length;
  const score = (group: ErrorObject[]): number[] => [
    group.filter((e) => e.instancePath === composite.instancePath).length,
    group.length,
    -Math.max(...group.map(depth)),
  ];
  let best = groups[0] as ErrorObject[];
  for (const group of groups.slice(1)) if (lessThan(score(group), score(best))) best = group;
  return best;
}

function lessThan(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number);
  return false;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i] as T)) return i;
  return -1;
}

function toSchemaError(error: ErrorObject): SchemaError {
  const params = error.params as Record<string, unknown>;
  const extra = error.keyword === 'additionalProperties' ? ` - ${String(params.additionalProperty)}` : '';
  return {
    path: parsePointer(error.instancePath),
    message: `${error.message ?? 'is invalid'}${extra}`,
    keyword: error.keyword,
    schemaPath: error.schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean).join('.'),
  };
}

function within(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix + '/');
}

/** The spec location of a failing keyword: `[root].paths./pets.get…schema` + `.properties.age.type`. */
export function specLocationOf(schemaLocation: string, error: SchemaError): string {
  return error.schemaPath ? `${schemaLocation}.${error.schemaPath}` : schemaLocation;
}
