import type { ErrorObject } from 'ajv';
import { nodeAt } from './applied-schemas.js';
import {
  alwaysValid,
  hasDataType,
  hasRules,
  jsonTypes,
  ruleGroups,
  ruleKeywords,
  usesGroup,
} from './ajv-rules.js';
import type { RuleGroup } from './ajv-rules.js';
import { refToPointer } from './json-pointer.js';
import { jsonEqual } from './json-equal.js';
import { checkFormat } from './quick-format.js';
import { tagMapping } from './quick-discriminator.js';
import { isRecord } from './schema-keywords.js';
import { unicodeRegex } from './unicode-regex.js';

/** Thrown where only Ajv itself can tell what it would report (one instance: no stack to capture each time). */
class UnsupportedSchema extends Error {}
const unsupported = new UnsupportedSchema('left to Ajv');
const maxDepth = 200;
const limits: Record<string, [string, string]> = {
  maximum: ['<=', 'number'],
  minimum: ['>=', 'number'],
  exclusiveMaximum: ['<', 'number'],
  exclusiveMinimum: ['>', 'number'],
  maxLength: ['more', 'characters'],
  minLength: ['fewer', 'characters'],
  maxItems: ['more', 'items'],
  minItems: ['fewer', 'items'],
  maxProperties: ['more', 'properties'],
  minProperties: ['fewer', 'properties'],
};

/**
 * The errors Ajv (draft-07, `allErrors`, as `createAjv` configures it) reports for `value` against the schema at
 * `pointer` of `root`, produced by interpreting the schema instead of compiling it: same errors, same order,
 * same paths and messages. Compiling a big schema graph costs far more than one validation, and an invalid body
 * is usually validated once. Undefined wherever the schema uses something this does not model; the caller
 * must then ask Ajv. It must also know that Ajv could compile the schema (see {@link isCompilable}).
 */
export function interpretErrors(
  root: unknown,
  pointer: string,
  value: unknown,
  options: { discriminator: boolean },
): ErrorObject[] | undefined {
  const run = new Interpreter(root, options.discriminator);
  try {
    run.callRef(nodeAt(root, pointer), value, '', 0);
    return run.errors;
  } catch (error) {
    if (error === unsupported) return undefined;
    throw error;
  }
}

class Interpreter {
  readonly errors: ErrorObject[] = [];
  private readonly groups: readonly RuleGroup[];
  private readonly keywords: ReadonlySet<string>;

  constructor(
    private readonly root: unknown,
    private readonly discriminator: boolean,
  ) {
    this.groups = ruleGroups(discriminator);
    this.keywords = ruleKeywords(discriminator);
  }

  /** A `$ref` target is compiled as its own function: its errors' schema paths start again at `#`. */
  callRef(target: unknown, data: unknown, path: string, depth: number): boolean {
    if (!isRecord(target)) throw unsupported;
    return this.validate(target, data, path, '#', depth + 1);
  }

  private validate(schema: unknown, data: unknown, path: string, at: string, depth: number): boolean {
    if (schema === true) return true;
    if (!isRecord(schema) || depth > maxDepth) throw unsupported;
    if (!hasRules(schema, this.keywords)) return true;
    const start = this.errors.length;
    const types = schemaTypes(schema);
    const single = types.length === 1 ? this.groups.find((g) => g.type === types[0]) : undefined;
    const typeInGroup = single !== undefined && usesGroup(schema, single);
    if (types.length > 0 && !typeInGroup && !types.some((type) => hasDataType(type, data)))
      this.typeError(schema, path, at);
    if (schema.$ref && !hasRulesBesideRef(schema, this.keywords)) {
      this.ref(schema, data, path, depth);
      return this.errors.length === start;
    }
    for (const group of this.groups) {
      if (!usesGroup(schema, group)) continue;
      if (group.type === undefined || hasDataType(group.type, data)) {
        for (const keyword of group.keywords)
          if (schema[keyword] !== undefined) this.keyword(keyword, schema, data, path, at, depth);
      } else if (typeInGroup && types[0] === group.type) this.typeError(schema, path, at);
    }
    return this.errors.length === start;
  }

  private keyword(
    keyword: string,
    schema: Record<string, unknown>,
    data: unknown,
    path: string,
    at: string,
    depth: number,
  ): void {
    const value = schema[keyword];
    const fail = (message: string, params: Record<string, unknown> = {}): void => {
      this.errors.push({ instancePath: path, schemaPath: `${at}/${keyword}`, keyword, params, message });
    };
    const sub = (subschema: unknown, subPath: string, subAt: string, subData: unknown = data): boolean =>
      this.validate(subschema, subData, subPath, subAt, depth + 1);
    switch (keyword) {
      case '$comment':
      case 'type':
      case 'then':
      case 'else':
        return;
      case '$ref':
        this.ref(schema, data, path, depth);
        return;
      case 'const':
        if (!jsonEqual(value, data)) fail('must be equal to constant');
        return;
      case 'enum':
        if (!Array.isArray(value) || value.length === 0) throw unsupported;
        if (!value.some((allowed) => jsonEqual(allowed, data)))
          fail('must be equal to one of the allowed values');
        return;
      case 'not': {
        const start = this.errors.length;
        const valid = alwaysValid(value, this.keywords) || sub(value, path, `${at}/not`);
        this.errors.length = start;
        if (valid) fail('must NOT be valid');
        return;
      }
      case 'anyOf':
        return this.anyOf(schemaList(value), data, path, at, depth, fail);
      case 'oneOf':
        if (this.discriminator && schema.discriminator) return;
        return this.oneOf(schemaList(value), data, path, at, depth, fail);
      case 'allOf':
        schemaList(value).forEach((branch, i) => {
          if (!alwaysValid(branch, this.keywords)) sub(branch, path, `${at}/allOf/${i}`);
        });
        return;
      case 'if':
        return this.ifThenElse(schema, data, path, at, depth, fail);
      case 'format': {
        if (typeof value !== 'string') throw unsupported;
        if (checkFormat(value, data) === false) fail(`must match format "${value}"`, { format: value });
        return;
      }
      case 'pattern': {
        const regex = typeof value === 'string' ? unicodeRegex(value) : undefined;
        if (regex === undefined) throw unsupported;
        if (!regex.test(data as string)) fail(`must match pattern "${value as string}"`, { pattern: value });
        return;
      }
      case 'additionalItems':
        if (Array.isArray(schema.items)) throw unsupported;
        return;
      case 'items':
        if (Array.isArray(value) || hasAny(schema, ['minContains', 'maxContains'])) throw unsupported;
        if (!isSchema(value)) throw unsupported;
        if (alwaysValid(value, this.keywords)) return;
        (data as unknown[]).forEach((item, i) => sub(value, `${path}/${i}`, `${at}/items`, item));
        return;
      case 'required':
        if (!Array.isArray(value)) throw unsupported;
        for (const name of value as unknown[]) {
          if (propertyOf(data, name) === undefined)
            fail(`must have required property '${String(name)}'`, { missingProperty: name });
        }
        return;
      case 'additionalProperties':
        return this.additionalProperties(schema, data as Record<string, unknown>, path, at, depth, fail);
      case 'properties':
        if (!isRecord(value)) throw unsupported;
        for (const name of Object.keys(value)) {
          if (name === '__proto__' || alwaysValid(value[name], this.keywords)) continue;
          const child = propertyOf(data, name);
          if (child !== undefined)
            sub(
              value[name],
              `${path}/${escapePointer(name)}`,
              `${at}/properties/${escapeFragment(name)}`,
              child,
            );
        }
        return;
      case 'patternProperties':
        return this.patternProperties(value, data as Record<string, unknown>, path, at, depth);
      case 'discriminator':
        return this.discriminated(schema, data as Record<string, unknown>, path, at, depth, fail);
      default:
        if (keyword in limits) return this.limit(keyword, value, data, fail);
        // multipleOf, uniqueItems, contains, propertyNames, dependencies, id, nullable, formatMaximum…
        throw unsupported;
    }
  }

  private ref(schema: Record<string, unknown>, data: unknown, path: string, depth: number): void {
    const target = typeof schema.$ref === 'string' ? refToPointer(schema.$ref) : undefined;
    if (target === undefined) throw unsupported;
    this.callRef(nodeAt(this.root, target), data, path, depth);
  }

  private typeError(schema: Record<string, unknown>, path: string, at: string): void {
    const type = schema.type;
    const message = `must be ${Array.isArray(type) ? type.join(',') : String(type)}`;
    this.errors.push({
      instancePath: path,
      schemaPath: `${at}/type`,
      keyword: 'type',
      params: { type },
      message,
    });
  }

  private limit(keyword: string, limit: unknown, data: unknown, fail: (message: string) => void): void {
    if (typeof limit !== 'number') throw unsupported;
    const [comparison, unit] = limits[keyword] as [string, string];
    let size: number;
    if (unit === 'number') {
      const n = data as number;
      const ok =
        keyword === 'maximum'
          ? n <= limit
          : keyword === 'minimum'
            ? n >= limit
            : keyword === 'exclusiveMaximum'
              ? n < limit
              : n > limit;
      if (!ok) fail(`must be ${comparison} ${JSON.stringify(limit)}`);
      return;
    }
    if (unit === 'characters') size = [...(data as string)].length;
    else if (unit === 'items') size = (data as unknown[]).length;
    else size = Object.keys(data as object).length;
    const ok = comparison === 'more' ? size <= limit : size >= limit;
    if (!ok) fail(`must NOT have ${comparison} than ${JSON.stringify(limit)} ${unit}`);
  }

  private anyOf(
    branches: unknown[],
    data: unknown,
    path: string,
    at: string,
    depth: number,
    fail: (message: string) => void,
  ): void {
    if (branches.some((branch) => alwaysValid(branch, this.keywords))) return;
    const start = this.errors.length;
    // Ajv stops at the first branch that passes.
    const valid = branches.some((branch, i) =>
      this.validate(branch, data, path, `${at}/anyOf/${i}`, depth + 1),
    );
    if (valid) this.errors.length = start;
    else fail('must match a schema in anyOf');
  }

  private oneOf(
    branches: unknown[],
    data: unknown,
    path: string,
    at: string,
    depth: number,
    fail: (message: string, params: Record<string, unknown>) => void,
  ): void {
    const start = this.errors.length;
    let valid = false;
    for (const [i, branch] of branches.entries()) {
      const passes =
        alwaysValid(branch, this.keywords) ||
        this.validate(branch, data, path, `${at}/oneOf/${i}`, depth + 1);
      // A second passing branch ends the evaluation, as in Ajv's generated code.
      if (i > 0 && passes && valid) {
        valid = false;
        break;
      }
      if (passes) valid = true;
    }
    if (valid) this.errors.length = start;
    else fail('must match exactly one schema in oneOf', {});
  }

  private ifThenElse(
    schema: Record<string, unknown>,
    data: unknown,
    path: string,
    at: string,
    depth: number,
    fail: (message: string, params: Record<string, unknown>) => void,
  ): void {
    for (const key of ['if', 'then', 'else'])
      if (schema[key] !== undefined && !isSchema(schema[key])) throw unsupported;
    const hasThen = schema.then !== undefined && !alwaysValid(schema.then, this.keywords);
    const hasElse = schema.else !== undefined && !alwaysValid(schema.else, this.keywords);
    if (!hasThen && !hasElse) return;
    const start = this.errors.length;
    const condition = this.validate(schema.if, data, path, `${at}/if`, depth + 1);
    this.errors.length = start;
    const clause = condition ? 'then' : 'else';
    if (!(condition ? hasThen : hasElse)) return;
    if (!this.validate(schema[clause], data, path, `${at}/${clause}`, depth + 1))
      fail(`must match "${clause}" schema`, { failingKeyword: clause });
  }

  private additionalProperties(
    schema: Record<string, unknown>,
    data: Record<string, unknown>,
    path: string,
    at: string,
    depth: number,
    fail: (message: string, params: Record<string, unknown>) => void,
  ): void {
    const additional = schema.additionalProperties;
    if (!isSchema(additional)) throw unsupported;
    if (alwaysValid(additional, this.keywords)) return;
    const properties = isRecord(schema.properties) ? schema.properties : undefined;
    const declared = properties ? Object.keys(properties).filter((name) => name !== '__proto__') : [];
    const patterns = patternsOf(schema.patternProperties);
    for (const key in data) {
      if (key === '__proto__') throw unsupported;
      const named = declared.length > 8 ? Object.hasOwn(properties as object, key) : declared.includes(key);
      if (named || patterns.some((regex) => regex.test(key))) continue;
      if (additional === false) fail('must NOT have additional properties', { additionalProperty: key });
      else
        this.validate(
          additional,
          data[key],
          `${path}/${escapePointer(key)}`,
          `${at}/additionalProperties`,
          depth + 1,
        );
    }
  }

  private patternProperties(
    value: unknown,
    data: Record<string, unknown>,
    path: string,
    at: string,
    depth: number,
  ): void {
    if (!isRecord(value)) throw unsupported;
    const patterns = Object.keys(value).filter((pattern) => pattern !== '__proto__');
    const regexes = patternsOf(value);
    if (patterns.every((pattern) => alwaysValid(value[pattern], this.keywords))) return;
    patterns.forEach((pattern, p) => {
      for (const key in data) {
        if (key === '__proto__') throw unsupported;
        if (!(regexes[p] as RegExp).test(key) || alwaysValid(value[pattern], this.keywords)) continue;
        const subAt = `${at}/patternProperties/${escapeFragment(pattern)}`;
        this.validate(value[pattern], data[key], `${path}/${escapePointer(key)}`, subAt, depth + 1);
      }
    });
  }

  private discriminated(
    schema: Record<string, unknown>,
    data: Record<string, unknown>,
    path: string,
    at: string,
    depth: number,
    fail: (message: string, params: Record<string, unknown>) => void,
  ): void {
    const mapping = tagMapping(this.root, schema);
    if (mapping === undefined) throw unsupported;
    const { tagName, branches } = mapping;
    const tag = data[tagName];
    if (typeof tag !== 'string') return fail(`tag "${tagName}" must be string`, { tag, tagName });
    if (!Object.hasOwn(branches, tag))
      return fail(`value of tag "${tagName}" must be in oneOf`, { tag, tagName });
    const index = branches[tag] as number;
    this.validate((schema.oneOf as unknown[])[index], data, path, `${at}/oneOf/${index}`, depth + 1);
  }
}

/** Ajv's `getSchemaTypes`, refusing what this interpreter leaves to Ajv (`nullable`, unknown types). */
function schemaTypes(schema: Record<string, unknown>): string[] {
  if (schema.nullable !== undefined) throw unsupported;
  const type = schema.type;
  const types: unknown[] = Array.isArray(type) ? type : type ? [type] : [];
  if (!types.every((t) => typeof t === 'string' && jsonTypes.has(t))) throw unsupported;
  return types as string[];
}

function hasRulesBesideRef(schema: Record<string, unknown>, keywords: ReadonlySet<string>): boolean {
  for (const key in schema) if (key !== '$ref' && keywords.has(key)) return true;
  return false;
}

function hasAny(schema: Record<string, unknown>, keys: string[]): boolean {
  return keys.some((key) => schema[key] !== undefined);
}

function isSchema(value: unknown): boolean {
  return typeof value === 'boolean' || isRecord(value);
}

function schemaList(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw unsupported;
  return value;
}

function patternsOf(value: unknown): RegExp[] {
  if (!isRecord(value)) return [];
  return Object.keys(value)
    .filter((pattern) => pattern !== '__proto__')
    .map((pattern) => unicodeRegex(pattern) ?? throwUnsupported());
}

function throwUnsupported(): never {
  throw unsupported;
}

/** A property as Ajv's generated code reads it (`data[name]`); inherited members are left to Ajv. */
function propertyOf(data: unknown, name: unknown): unknown {
  const record = data as Record<string, unknown>;
  const key = String(name);
  if (Object.hasOwn(record, key)) return record[key];
  if (record[key] !== undefined) throw unsupported;
  return undefined;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function escapeFragment(segment: string): string {
  return encodeURIComponent(escapePointer(segment));
}
