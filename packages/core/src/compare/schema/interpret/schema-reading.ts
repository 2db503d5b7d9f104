import { jsonTypes } from '../ajv/ajv-rules.js';
import { isRecord } from '../schema-keywords.js';
import { schemaPattern, type LinearRegex } from '../../../shared/linear-regex.js';
import { throwUnsupported, unsupported } from './unsupported.js';

/** Ajv's `getSchemaTypes`, refusing what this interpreter leaves to Ajv (`nullable`, unknown types). */
export function schemaTypes(schema: Record<string, unknown>): string[] {
  if (schema.nullable !== undefined) throw unsupported;
  const type = schema.type;
  const types: unknown[] = Array.isArray(type) ? type : type ? [type] : [];
  if (!types.every((t) => typeof t === 'string' && jsonTypes.has(t))) throw unsupported;
  return types as string[];
}

export function hasRulesBesideRef(schema: Record<string, unknown>, keywords: ReadonlySet<string>): boolean {
  for (const key in schema) if (key !== '$ref' && keywords.has(key)) return true;
  return false;
}

export function hasAny(schema: Record<string, unknown>, keys: string[]): boolean {
  return keys.some((key) => schema[key] !== undefined);
}

export function isSchema(value: unknown): boolean {
  return typeof value === 'boolean' || isRecord(value);
}

export function schemaList(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw unsupported;
  return value;
}

export function patternsOf(value: unknown): LinearRegex[] {
  if (!isRecord(value)) return [];
  return Object.keys(value)
    .filter((pattern) => pattern !== '__proto__')
    .map((pattern) => {
      const compiled = schemaPattern(pattern);
      return compiled.ok ? compiled.regex : throwUnsupported();
    });
}

/** A property as Ajv's generated code reads it (`data[name]`); inherited members are left to Ajv. */
export function propertyOf(data: unknown, name: unknown): unknown {
  const record = data as Record<string, unknown>;
  const key = String(name);
  if (Object.hasOwn(record, key)) return record[key];
  if (record[key] !== undefined) throw unsupported;
  return undefined;
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function escapeFragment(segment: string): string {
  return encodeURIComponent(escapePointer(segment));
}
