/**
 * Ajv's rule table for the draft-07 dialect as `createAjv` configures it (ajv-formats' keywords added, and the
 * `discriminator` keyword when that option is on): the keywords Ajv knows, in the order its generated code
 * evaluates them. `ajv-rules.test.ts` checks the table against a live Ajv, so an Ajv upgrade cannot drift.
 */
export type RuleGroupType = 'number' | 'string' | 'array' | 'object';

export interface RuleGroup {
  /** The data type the group's keywords apply to; undefined for keywords that apply to any value. */
  type: RuleGroupType | undefined;
  keywords: readonly string[];
}

export function ruleGroups(discriminator: boolean): readonly RuleGroup[] {
  return discriminator ? withDiscriminator : plain;
}

const plain: readonly RuleGroup[] = [
  {
    type: undefined,
    keywords: ['$comment', 'id', '$ref', 'type', 'nullable', 'const', 'enum', 'not', 'anyOf', 'oneOf'].concat(
      ['allOf', 'if', 'then', 'else'],
    ),
  },
  {
    type: 'number',
    keywords: ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf', 'format'],
  },
  {
    type: 'string',
    keywords: ['maxLength', 'minLength', 'pattern', 'format', 'formatMaximum', 'formatMinimum'].concat([
      'formatExclusiveMaximum',
      'formatExclusiveMinimum',
    ]),
  },
  {
    type: 'array',
    keywords: ['maxItems', 'minItems', 'additionalItems', 'items', 'contains', 'uniqueItems'],
  },
  {
    type: 'object',
    keywords: ['maxProperties', 'minProperties', 'required', 'propertyNames', 'additionalProperties'].concat([
      'dependencies',
      'properties',
      'patternProperties',
    ]),
  },
];

const withDiscriminator: readonly RuleGroup[] = plain.map((group) =>
  group.type === 'object' ? { ...group, keywords: [...group.keywords, 'discriminator'] } : group,
);

const plainKeywords = new Set(plain.flatMap((group) => group.keywords));
const discriminatorKeywords = new Set([...plainKeywords, 'discriminator']);

/** Keywords Ajv has a rule for (`RULES.all`): a schema with none of them always passes. */
export function ruleKeywords(discriminator: boolean): ReadonlySet<string> {
  return discriminator ? discriminatorKeywords : plainKeywords;
}

/** Ajv's `schemaHasRules`: whether any key of the schema is a keyword Ajv acts on. */
export function hasRules(schema: Record<string, unknown>, keywords: ReadonlySet<string>): boolean {
  for (const key in schema) if (keywords.has(key)) return true;
  return false;
}

/** Ajv's `alwaysValidSchema`: `true`, or an object with no keyword Ajv acts on. */
export function alwaysValid(schema: unknown, keywords: ReadonlySet<string>): boolean {
  if (typeof schema === 'boolean') return schema;
  return (
    schema !== null && typeof schema === 'object' && !hasRules(schema as Record<string, unknown>, keywords)
  );
}

/** Whether a group's keywords are present in the schema (Ajv's `shouldUseGroup`). */
export function usesGroup(schema: Record<string, unknown>, group: RuleGroup): boolean {
  return group.keywords.some((keyword) => schema[keyword] !== undefined);
}

/** Ajv's `checkDataType` for one JSON type, with `strictNumbers` off as `strict: false` leaves it. */
export function hasDataType(type: string, data: unknown): boolean {
  switch (type) {
    case 'null':
      return data === null;
    case 'array':
      return Array.isArray(data);
    case 'object':
      return data !== null && typeof data === 'object' && !Array.isArray(data);
    case 'integer':
      return typeof data === 'number' && !(data % 1) && !Number.isNaN(data);
    default:
      return typeof data === type;
  }
}

export const jsonTypes: ReadonlySet<string> = new Set([
  'null',
  'boolean',
  'object',
  'array',
  'number',
  'string',
  'integer',
]);
