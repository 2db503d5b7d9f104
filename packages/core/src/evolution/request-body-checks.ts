import type { Operation } from '../specs/model.js';
import { escapeToken } from '../specs/pointer.js';
import type { DiffContext } from './diff-context.js';
import { diffSchemas } from './schema-diff.js';
import { requestBodySite } from './schema-site.js';

/** Request body: added, removed, required, media types, then each kept media type's schema. */
export function diffRequestBody(context: DiffContext, was: Operation, now: Operation): void {
  const { out } = context;
  const operation = { method: now.method, path: now.path };
  const before = was.requestBody;
  const after = now.requestBody;
  const basePointer = `${was.pointer}/requestBody`;
  const headPointer = `${now.pointer}/requestBody`;
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    const scope = { direction: 'request' as const, operation, head: headPointer };
    if (after!.required)
      out.add(scope, 'request-body-added-required', 'breaking', 'required request body added');
    else out.add(scope, 'request-body-added-optional', 'safe', 'optional request body added');
    return;
  }
  if (after === undefined) {
    out.add(
      { direction: 'request', operation, base: basePointer },
      'request-body-removed',
      'potentially-breaking',
      'request body removed',
    );
    return;
  }
  const scope = { direction: 'request' as const, operation, base: basePointer, head: headPointer };
  if (!before.required && after.required)
    out.add(scope, 'request-body-became-required', 'breaking', 'request body became required');
  if (before.required && !after.required)
    out.add(scope, 'request-body-became-optional', 'safe', 'request body became optional');
  for (const type of Object.keys(before.content).sort()) {
    const media = `/content/${escapeToken(type)}`;
    const a = after.content[type];
    if (a === undefined) {
      out.add(
        { direction: 'request', operation, mediaType: type, base: basePointer + media },
        'request-body-media-type-removed',
        'breaking',
        `request media type ${type} removed`,
      );
      continue;
    }
    const b = before.content[type]!;
    if (b.schema && a.schema) {
      const site = requestBodySite({ direction: 'request', operation, mediaType: type });
      diffSchemas(
        {
          baseRoot: context.base.schemaRoot,
          headRoot: context.head.schemaRoot,
          out,
          site,
          visited: new Set(),
          unchanged: context.unchanged,
        },
        b.schema,
        a.schema,
      );
    }
  }
  for (const type of Object.keys(after.content).sort())
    if (before.content[type] === undefined)
      out.add(
        {
          direction: 'request',
          operation,
          mediaType: type,
          head: `${headPointer}/content/${escapeToken(type)}`,
        },
        'request-body-media-type-added',
        'safe',
        `request media type ${type} added`,
      );
}
