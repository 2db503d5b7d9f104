import type { MessageContents } from '../model.js';
import { field, firstField, hasField, isRecord, pointer } from './json-guards.js';
import type { JsonRecord } from './json-guards.js';
import { normaliseBody } from './normalise-body.js';
import { normaliseGenerators } from './normalise-generators.js';
import { normaliseMatchingRules } from './normalise-matching-rules.js';
import { invalid } from './parse-context.js';
import type { ParseContext } from './parse-context.js';

/**
 * A message's contents and metadata: v3 `{contents, metaData|metadata}` (contents embedded as in v3
 * HTTP bodies) or v4 `{contents: {content, contentType, encoded}, metadata}`. The content type comes
 * from the v4 body, else from metadata `contentType` / `content-type` / `Content-Type`.
 *
 * @example normaliseMessage({ contents: { a: 1 }, metaData: { contentType: 'application/json' } }, v3, '/messages/0').body
 * // { kind: 'json', value: { a: 1 }, contentType: 'application/json' }
 */
export function normaliseMessage(raw: unknown, ctx: ParseContext, location: string): MessageContents {
  const part: JsonRecord = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) invalid(ctx, 'A message must be an object', location);
  const metadataRaw = firstField(part, 'metadata', 'metaData');
  if (metadataRaw !== undefined && metadataRaw !== null && !isRecord(metadataRaw)) {
    invalid(ctx, 'Message metadata must be an object', pointer(location, 'metadata'));
  }
  const metadata = isRecord(metadataRaw) ? metadataRaw : {};
  const declaredType = firstField(metadata, 'contentType', 'content-type', 'Content-Type');
  return {
    body: normaliseBody(
      field(part, 'contents'),
      hasField(part, 'contents'),
      typeof declaredType === 'string' ? declaredType : undefined,
      ctx,
      pointer(location, 'contents'),
    ),
    metadata,
    matchingRules: normaliseMatchingRules(
      field(part, 'matchingRules'),
      ctx,
      pointer(location, 'matchingRules'),
    ),
    generators: normaliseGenerators(field(part, 'generators'), ctx, pointer(location, 'generators')),
  };
}
