import type { ErrorObject } from 'ajv';
import { nodeAt } from '../applied-schemas.js';
import { hasDataType, hasRules, ruleGroups, ruleKeywords, usesGroup } from '../ajv/ajv-rules.js';
import type { RuleGroup } from '../ajv/ajv-rules.js';
import { refToPointer } from '../json-pointer.js';
import { isRecord } from '../schema-keywords.js';
import { KeywordCall, type Run } from './keyword-call.js';
import { keywordHandler } from './keyword-handlers.js';
import { hasRulesBesideRef, schemaTypes } from './schema-reading.js';
import { unsupported } from './unsupported.js';

const maxDepth = 200;

/** Walks a schema the way Ajv's generated code does, collecting the same errors in the same order. */
export class Interpreter implements Run {
  readonly errors: ErrorObject[] = [];
  readonly keywords: ReadonlySet<string>;
  private readonly groups: readonly RuleGroup[];

  constructor(
    readonly root: unknown,
    readonly discriminator: boolean,
  ) {
    this.groups = ruleGroups(discriminator);
    this.keywords = ruleKeywords(discriminator);
  }

  /** A `$ref` target is compiled as its own function: its errors' schema paths start again at `#`. */
  callRef(target: unknown, data: unknown, path: string, depth: number): boolean {
    if (!isRecord(target)) throw unsupported;
    return this.validate(target, data, path, '#', depth + 1);
  }

  validate(schema: unknown, data: unknown, path: string, at: string, depth: number): boolean {
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
    if (keyword === '$ref') return this.ref(schema, data, path, depth);
    keywordHandler(keyword)(new KeywordCall(this, keyword, schema, data, path, at, depth));
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
}
