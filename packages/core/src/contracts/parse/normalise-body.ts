import { jsonNestingDepth, defaultLimits } from '../../shared/document-limits.js';
import { bodyFamily } from '../media-type.js';
import type { Body } from '../model.js';
import { field, hasField, isRecord, pointer } from './json-guards.js';
import { invalid } from './parse-context.js';
import type { ParseContext } from './parse-context.js';

/**
 * Normalises a body as written in a Pact file. v1–v3 embed JSON bodies directly and other bodies as
 * strings; v4 wraps them as `{ content, contentType, encoded }` where `encoded` is `false`, `'base64'`
 * or `'json'` (content is JSON text). An empty string is an empty text body; `null` is JSON null.
 *
 * @example normaliseBody({ content: 'eyJhIjoxfQ==', contentType: 'application/json', encoded: 'base64' }, true, undefined, v4, '/b')
 * // { kind: 'json', value: { a: 1 }, contentType: 'application/json' }
 */
export function normaliseBody(
  raw: unknown,
  present: boolean,
  contentType: string | undefined,
  ctx: ParseContext,
  location: string,
): Body {
  if (!present || raw === undefined) return { kind: 'absent' };
  if (ctx.version === '4' && isV4Body(raw)) return normaliseV4Body(raw, contentType, ctx, location);
  return fromPlain(raw, contentType);
}

function isV4Body(raw: unknown): raw is Record<string, unknown> {
  return (
    isRecord(raw) && (hasField(raw, 'content') || hasField(raw, 'encoded')) && Object.keys(raw).length <= 3
  );
}

function normaliseV4Body(
  raw: Record<string, unknown>,
  headerType: string | undefined,
  ctx: ParseContext,
  location: string,
): Body {
  const declared = field(raw, 'contentType');
  const contentType = typeof declared === 'string' && declared !== '' ? declared : headerType;
  const content = field(raw, 'content');
  const encoded = field(raw, 'encoded');
  if (!hasField(raw, 'content')) return { kind: 'absent' };
  if (encoded === undefined || encoded === false) return fromPlain(content, contentType);
  if (typeof content !== 'string') {
    invalid(ctx, 'An encoded body must have string content', pointer(location, 'content'));
    return fromPlain(content, contentType);
  }
  const encoding =
    typeof encoded === 'string' || typeof encoded === 'boolean' ? String(encoded).toLowerCase() : '';
  if (encoding === 'json')
    return withType({ kind: 'json', value: parseEmbeddedJson(content, true) ?? content }, contentType);
  if (encoding === 'base64' || encoding === 'true') return fromBase64(content, contentType);
  invalid(
    ctx,
    `Unknown body encoding ${JSON.stringify(encoded)} (expected false, 'base64' or 'json')`,
    pointer(location, 'encoded'),
  );
  return fromPlain(content, contentType);
}

function fromBase64(content: string, contentType: string | undefined): Body {
  const family = bodyFamily(contentType);
  if (family === undefined || family === 'binary')
    return withType({ kind: 'binary', base64: content }, contentType);
  return fromPlain(Buffer.from(content, 'base64').toString('utf8'), contentType);
}

/** A v1–v3 body value (or decoded v4 content): strings stay text unless the content type is JSON. */
function fromPlain(raw: unknown, contentType: string | undefined): Body {
  if (typeof raw !== 'string') return withType({ kind: 'json', value: raw ?? null }, contentType);
  if (raw === '') return withType({ kind: 'text', text: '' }, contentType);
  if (bodyFamily(contentType) === 'json') {
    return withType({ kind: 'json', value: parseEmbeddedJson(raw) ?? raw }, contentType);
  }
  return withType({ kind: 'text', text: raw }, contentType);
}

/**
 * JSON text inside a string (some tools stringify JSON bodies). Unless `anyValue`, only objects and
 * arrays count, so a plain string body under a JSON content type stays that string.
 */
function parseEmbeddedJson(text: string, anyValue = false): unknown {
  const trimmed = text.trim();
  if (!anyValue && !trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  if (jsonNestingDepth(trimmed, defaultLimits.maxDepth) > defaultLimits.maxDepth) return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}

function withType<T extends Body>(body: T, contentType: string | undefined): T {
  return contentType === undefined ? body : { ...body, contentType };
}
