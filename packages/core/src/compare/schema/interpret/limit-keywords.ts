import type { KeywordCall } from './keyword-call.js';
import { unsupported } from './unsupported.js';

// Each limit keyword's comparison and what it counts, as Ajv's messages word them.
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

export function isLimitKeyword(keyword: string): boolean {
  return keyword in limits;
}

/** maximum, minLength, maxItems, minProperties… */
export function limitKeyword({ keyword, value: limit, data, fail }: KeywordCall): void {
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
