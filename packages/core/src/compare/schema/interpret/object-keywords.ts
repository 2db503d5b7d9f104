import { alwaysValid } from '../ajv/ajv-rules.js';
import { isRecord } from '../schema-keywords.js';
import type { KeywordCall } from './keyword-call.js';
import { escapeFragment, escapePointer, isSchema, patternsOf, propertyOf } from './schema-reading.js';
import { unsupported } from './unsupported.js';

export function requiredKeyword({ value, data, fail }: KeywordCall): void {
  if (!Array.isArray(value)) throw unsupported;
  for (const name of value as unknown[]) {
    if (propertyOf(data, name) === undefined)
      fail(`must have required property '${String(name)}'`, { missingProperty: name });
  }
}

export function propertiesKeyword(call: KeywordCall): void {
  const { run, value, data, path, at } = call;
  if (!isRecord(value)) throw unsupported;
  for (const name of Object.keys(value)) {
    if (name === '__proto__' || alwaysValid(value[name], run.keywords)) continue;
    const child = propertyOf(data, name);
    if (child !== undefined)
      call.sub(
        value[name],
        `${path}/${escapePointer(name)}`,
        `${at}/properties/${escapeFragment(name)}`,
        child,
      );
  }
}

export function additionalPropertiesKeyword({ run, schema, data, path, at, depth, fail }: KeywordCall): void {
  const additional = schema.additionalProperties;
  if (!isSchema(additional)) throw unsupported;
  if (alwaysValid(additional, run.keywords)) return;
  const properties = isRecord(schema.properties) ? schema.properties : undefined;
  const declared = properties ? Object.keys(properties).filter((name) => name !== '__proto__') : [];
  const patterns = patternsOf(schema.patternProperties);
  const record = data as Record<string, unknown>;
  for (const key in record) {
    if (key === '__proto__') throw unsupported;
    const named = declared.length > 8 ? Object.hasOwn(properties as object, key) : declared.includes(key);
    if (named || patterns.some((regex) => regex.test(key))) continue;
    if (additional === false) fail('must NOT have additional properties', { additionalProperty: key });
    else
      run.validate(
        additional,
        record[key],
        `${path}/${escapePointer(key)}`,
        `${at}/additionalProperties`,
        depth + 1,
      );
  }
}

export function patternPropertiesKeyword({ run, value, data, path, at, depth }: KeywordCall): void {
  if (!isRecord(value)) throw unsupported;
  const patterns = Object.keys(value).filter((pattern) => pattern !== '__proto__');
  const regexes = patternsOf(value);
  if (patterns.every((pattern) => alwaysValid(value[pattern], run.keywords))) return;
  const record = data as Record<string, unknown>;
  patterns.forEach((pattern, p) => {
    for (const key in record) {
      if (key === '__proto__') throw unsupported;
      if (!(regexes[p] as RegExp).test(key) || alwaysValid(value[pattern], run.keywords)) continue;
      const subAt = `${at}/patternProperties/${escapeFragment(pattern)}`;
      run.validate(value[pattern], record[key], `${path}/${escapePointer(key)}`, subAt, depth + 1);
    }
  });
}
