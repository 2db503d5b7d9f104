import { alwaysValid } from '../ajv/ajv-rules.js';
import { jsonEqual } from '../json-equal.js';
import { checkFormat } from '../quick/quick-format.js';
import { schemaPattern } from '../../../shared/linear-regex.js';
import type { KeywordCall } from './keyword-call.js';
import { hasAny, isSchema } from './schema-reading.js';
import { unsupported } from './unsupported.js';

export function constKeyword({ value, data, fail }: KeywordCall): void {
  if (!jsonEqual(value, data)) fail('must be equal to constant');
}

export function enumKeyword({ value, data, fail }: KeywordCall): void {
  if (!Array.isArray(value) || value.length === 0) throw unsupported;
  if (!value.some((allowed) => jsonEqual(allowed, data))) fail('must be equal to one of the allowed values');
}

export function formatKeyword({ value, data, fail }: KeywordCall): void {
  if (typeof value !== 'string') throw unsupported;
  if (checkFormat(value, data) === false) fail(`must match format "${value}"`, { format: value });
}

export function patternKeyword({ value, data, fail }: KeywordCall): void {
  // A pattern that cannot be run safely is left to Ajv, whose validator reports it (see linearRegExp).
  const compiled = typeof value === 'string' ? schemaPattern(value) : undefined;
  if (!compiled?.ok) throw unsupported;
  if (!compiled.regex.test(data as string))
    fail(`must match pattern "${value as string}"`, { pattern: value });
}

export function additionalItemsKeyword({ schema }: KeywordCall): void {
  if (Array.isArray(schema.items)) throw unsupported;
}

export function itemsKeyword(call: KeywordCall): void {
  const { run, schema, value, path, at } = call;
  if (Array.isArray(value) || hasAny(schema, ['minContains', 'maxContains'])) throw unsupported;
  if (!isSchema(value)) throw unsupported;
  if (alwaysValid(value, run.keywords)) return;
  (call.data as unknown[]).forEach((item, i) => call.sub(value, `${path}/${i}`, `${at}/items`, item));
}
