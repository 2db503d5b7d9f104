import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ProviderSpec } from '../../../specs/model.js';
import { createAjv, type AjvInstance } from './ajv-factory.js';
import { isCompilable } from './ajv-compilable.js';
import { UnsupportedPatternError, unsupportedPatternError } from './ajv-regexp.js';
import { interpretErrors } from '../interpret/ajv-errors.js';
import { nodeAt } from '../applied-schemas.js';
import { pointerToFragment, refToPointer } from '../json-pointer.js';
import { quickCheck, type Verdict } from '../quick/quick-check.js';
import { RequestRoot } from '../request-schema.js';
import { ResponseRoot } from '../response-schema.js';

/**
 * How a value is validated:
 * `request` — a JSON request body against the schema as written (see {@link RequestRoot});
 * `param` — strings from paths, queries, headers and form bodies, coerced to the schema's types;
 * `response` — a response body against the derived root (see {@link deriveResponseRoot}).
 */
export type Direction = 'request' | 'param' | 'response';

export type CompiledSchema = { ok: true; validate: ValidateFunction } | { ok: false; reason: string };

/** Ajv's errors for a value (none when valid), or why the schema could not be compiled. */
export type ValidationOutcome = { ok: true; errors: ErrorObject[] } | { ok: false; reason: string };

/** Ajv validators of one spec, compiled lazily once per (direction, pointer). */
export class ValidatorCache {
  private readonly ajvs = new Map<Direction, AjvInstance>();
  private readonly compiled = new Map<string, CompiledSchema>();
  private lazyResponseRoot: ResponseRoot | undefined;
  private lazyRequestRoot: RequestRoot | undefined;

  constructor(private readonly spec: ProviderSpec) {}

  get(direction: Direction, pointer: string): CompiledSchema {
    const key = `${direction} ${pointer}`;
    let entry = this.compiled.get(key);
    if (!entry) {
      entry = this.compile(direction, pointer);
      this.compiled.set(key, entry);
    }
    return entry;
  }

  /** The schema a local `$ref` names in the spec's (translated) root, as the `param` direction reads it. */
  schemaAtRef(ref: string): unknown {
    const pointer = refToPointer(ref);
    return pointer === undefined ? undefined : nodeAt(this.spec.schemaRoot, pointer);
  }

  /** The root response validators use, holding at least what the schema at `pointer` needs. */
  derivedResponseRoot(pointer: string): Record<string, unknown> {
    const root = this.responseRoot();
    root.include(pointer);
    return root.value;
  }

  /** The root request validators use, holding at least what the schema at `pointer` needs. */
  derivedRequestRoot(pointer: string): Record<string, unknown> {
    const root = this.requestRoot();
    root.include(pointer);
    return root.value;
  }

  /**
   * Whether `value` is valid, sure without compiling anything (see {@link quickCheck}). False means "ask Ajv",
   * not "invalid". Parameters are coerced by Ajv, so they always ask Ajv.
   */
  quickValid(direction: Direction, pointer: string, value: unknown): boolean {
    return this.quickVerdict(direction, pointer, value) === true;
  }

  /** {@link quickCheck}'s verdict: true or false when sure, undefined when only Ajv can tell. */
  quickVerdict(direction: Direction, pointer: string, value: unknown): Verdict {
    if (direction === 'param') return undefined;
    const root =
      direction === 'response' ? this.derivedResponseRoot(pointer) : this.derivedRequestRoot(pointer);
    // Response validators run Ajv with its discriminator option (see ajv()).
    return quickCheck(root, nodeAt(root, pointer), value, { discriminator: direction === 'response' });
  }

  /**
   * What Ajv reports for `value` against the schema at `pointer`. Valid values are confirmed by the quick check,
   * and invalid ones get Ajv's errors by interpretation where that is exact (see {@link interpretErrors}):
   * Ajv compiles only what neither can handle.
   */
  validate(direction: 'request' | 'response', pointer: string, value: unknown): ValidationOutcome {
    if (this.quickVerdict(direction, pointer, value) === true) return { ok: true, errors: [] };
    const options = { discriminator: direction === 'response' };
    if (this.spec.dialect === 'draft-07') {
      const root =
        direction === 'response' ? this.derivedResponseRoot(pointer) : this.derivedRequestRoot(pointer);
      const errors = isCompilable(root, pointer, options)
        ? interpretErrors(root, pointer, value, options)
        : undefined;
      if (errors !== undefined) return { ok: true, errors };
    }
    return this.run(direction, pointer, value);
  }

  /** Like {@link validate}, with strings coerced to the schema's types (Ajv's `coerceTypes: 'array'`). */
  validateCoerced(pointer: string, value: unknown): ValidationOutcome {
    return this.run('param', pointer, value);
  }

  /**
   * Ajv's verdict. A value that reaches a pattern which cannot be run safely gets one error saying so (see
   * {@link UnsupportedPatternError}) instead of Ajv's: the value was not checked, so it neither passes nor fails.
   */
  private run(direction: Direction, pointer: string, value: unknown): ValidationOutcome {
    const compiled = this.get(direction, pointer);
    if (!compiled.ok) return compiled;
    try {
      return { ok: true, errors: compiled.validate(value) ? [] : [...(compiled.validate.errors ?? [])] };
    } catch (error) {
      if (error instanceof UnsupportedPatternError)
        return { ok: true, errors: [unsupportedPatternError(error)] };
      throw error;
    }
  }

  private responseRoot(): ResponseRoot {
    this.lazyResponseRoot ??= new ResponseRoot(this.spec);
    return this.lazyResponseRoot;
  }

  private requestRoot(): RequestRoot {
    this.lazyRequestRoot ??= new RequestRoot(this.spec);
    return this.lazyRequestRoot;
  }

  private compile(direction: Direction, pointer: string): CompiledSchema {
    if (direction === 'response') this.derivedResponseRoot(pointer);
    else if (direction === 'request') this.derivedRequestRoot(pointer);
    try {
      const validate = this.ajv(direction).compile({ $ref: `root#${pointerToFragment(pointer)}` });
      return { ok: true, validate };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }

  private ajv(direction: Direction): AjvInstance {
    let ajv = this.ajvs.get(direction);
    if (!ajv) {
      const dialect = this.spec.dialect;
      if (direction === 'param') ajv = createAjv(dialect, { coerceTypes: 'array' });
      else if (direction === 'request') ajv = createAjv(dialect, {});
      else ajv = createAjv(dialect, { discriminator: true });
      // The derived roots grow (and replace sections with copies) as bodies are included: Ajv reads them live.
      const root =
        direction === 'response'
          ? liveRoot(this.responseRoot().value)
          : direction === 'request'
            ? liveRoot(this.requestRoot().value)
            : opaqueRoot(this.spec.schemaRoot);
      ajv.addSchema(root, 'root');
      this.ajvs.set(direction, ajv);
    }
    return ajv;
  }
}

/**
 * Like {@link opaqueRoot}, for a root still being filled in (the lazily derived response root): Ajv sees no keys,
 * and each pointer it resolves reads the root as it is at that moment.
 */
function liveRoot(root: Record<string, unknown>): Record<string, unknown> {
  return new Proxy<Record<string, unknown>>(
    {},
    {
      get: (_, key) => (typeof key === 'string' ? root[key] : undefined),
      has: (_, key) => typeof key === 'string' && key in root,
    },
  );
}

/**
 * The root as Ajv sees it: the same sections, but not enumerable. Ajv walks every key of a schema it is given
 * to collect `$id`s, which for a 13 MB spec costs more than compiling what a contract needs; refs are plain
 * `#/…` pointers (the loader's guarantee), so nothing is lost, and pointers still resolve by property access.
 */
function opaqueRoot(root: Record<string, unknown>): Record<string, unknown> {
  const opaque: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(root)) {
    Object.defineProperty(opaque, key, { value, enumerable: false });
  }
  return opaque;
}
