import type { ErrorObject } from 'ajv';

/** What keyword handlers need from the interpreter running them. */
export interface Run {
  readonly errors: ErrorObject[];
  readonly root: unknown;
  /** Whether Ajv runs with its `discriminator` option. */
  readonly discriminator: boolean;
  /** Keywords Ajv has rules for (see ruleKeywords). */
  readonly keywords: ReadonlySet<string>;
  validate(schema: unknown, data: unknown, path: string, at: string, depth: number): boolean;
  callRef(target: unknown, data: unknown, path: string, depth: number): boolean;
}

export type Fail = (message: string, params?: Record<string, unknown>) => void;

/** One keyword of one schema applied to one value; `at` is the schema's path in Ajv's error terms. */
export class KeywordCall {
  readonly value: unknown;

  constructor(
    readonly run: Run,
    readonly keyword: string,
    readonly schema: Record<string, unknown>,
    readonly data: unknown,
    readonly path: string,
    readonly at: string,
    readonly depth: number,
  ) {
    this.value = schema[keyword];
  }

  /** Records this keyword's error, as Ajv words it. */
  readonly fail: Fail = (message, params = {}) => {
    const { path, at, keyword } = this;
    this.run.errors.push({ instancePath: path, schemaPath: `${at}/${keyword}`, keyword, params, message });
  };

  /** Validates a subschema one level deeper (of the same value unless `subData` is given). */
  sub(subschema: unknown, subPath: string, subAt: string, subData: unknown = this.data): boolean {
    return this.run.validate(subschema, subData, subPath, subAt, this.depth + 1);
  }
}

export type KeywordHandler = (call: KeywordCall) => void;
