import type { Operation, Response } from '../specs/model.js';
import { escapeToken } from '../specs/pointer.js';
import type { DiffContext } from './diff-context.js';
import { diffSchemas } from './schema-diff.js';
import { responseBodySite, responseHeaderSite } from './schema-site.js';

const isSuccess = (status: string) => /^2/.test(status);

/** Responses: status codes added/removed, media types, headers, then each kept body schema. */
export function diffResponses(context: DiffContext, was: Operation, now: Operation): void {
  const { out } = context;
  const operation = { method: now.method, path: now.path };
  const after = new Map(now.responses.map((r) => [r.status, r]));
  const before = new Map(was.responses.map((r) => [r.status, r]));
  const at = (op: Operation, status: string) => `${op.pointer}/responses/${escapeToken(status)}`;
  for (const [status, b] of [...before].sort()) {
    const a = after.get(status);
    if (a === undefined) {
      const scope = { direction: 'response' as const, operation, status, base: at(was, status) };
      if (isSuccess(status))
        out.add(scope, 'response-success-status-removed', 'breaking', `success response ${status} removed`);
      else
        out.add(
          scope,
          'response-non-success-status-removed',
          'potentially-breaking',
          `response ${status} removed`,
        );
      continue;
    }
    diffResponsePair(context, operation, b, a, at(was, status), at(now, status));
  }
  for (const [status] of [...after].sort()) {
    if (before.has(status)) continue;
    const scope = { direction: 'response' as const, operation, status, head: at(now, status) };
    if (isSuccess(status))
      out.add(scope, 'response-success-status-added', 'safe', `success response ${status} added`);
    else
      out.add(
        scope,
        'response-non-success-status-added',
        'potentially-breaking',
        `response ${status} added: clients may not handle it`,
      );
  }
}

function diffResponsePair(
  context: DiffContext,
  operation: { method: string; path: string },
  b: Response,
  a: Response,
  basePointer: string,
  headPointer: string,
): void {
  const { out } = context;
  const status = a.status;
  const roots = {
    baseRoot: context.base.schemaRoot,
    headRoot: context.head.schemaRoot,
    out,
    unchanged: context.unchanged,
  };
  for (const type of Object.keys(b.content).sort()) {
    const media = `/content/${escapeToken(type)}`;
    const headMedia = a.content[type];
    if (headMedia === undefined) {
      out.add(
        { direction: 'response', operation, status, mediaType: type, base: basePointer + media },
        'response-media-type-removed',
        'breaking',
        `response ${status}: media type ${type} removed`,
      );
      continue;
    }
    const baseMedia = b.content[type]!;
    if (baseMedia.schema && headMedia.schema) {
      const site = responseBodySite({ direction: 'response', operation, status, mediaType: type });
      diffSchemas({ ...roots, site, visited: new Set() }, baseMedia.schema, headMedia.schema);
    }
  }
  for (const type of Object.keys(a.content).sort())
    if (b.content[type] === undefined)
      out.add(
        {
          direction: 'response',
          operation,
          status,
          mediaType: type,
          head: `${headPointer}/content/${escapeToken(type)}`,
        },
        'response-media-type-added',
        'safe',
        `response ${status}: media type ${type} added`,
      );
  for (const name of Object.keys(b.headers).sort()) {
    const was = b.headers[name]!;
    const now = a.headers[name];
    const base = `${basePointer}/headers/${escapeToken(name)}`;
    const scope = {
      direction: 'response' as const,
      operation,
      status,
      parameter: { in: 'header', name },
      base,
    };
    if (now === undefined) {
      if (was.required)
        out.add(
          scope,
          'required-response-header-removed',
          'breaking',
          `response ${status}: required header ${name} removed`,
        );
      else
        out.add(
          scope,
          'optional-response-header-removed',
          'potentially-breaking',
          `response ${status}: header ${name} removed`,
        );
      continue;
    }
    const both = { ...scope, head: `${headPointer}/headers/${escapeToken(name)}` };
    if (was.required && !now.required)
      out.add(
        both,
        'response-header-became-optional',
        'breaking',
        `response ${status}: header ${name} became optional`,
      );
    if (!was.required && now.required)
      out.add(
        both,
        'response-header-became-required',
        'safe',
        `response ${status}: header ${name} became required`,
      );
    if (was.schema && now.schema) {
      const site = responseHeaderSite({
        direction: 'response',
        operation,
        status,
        parameter: { in: 'header', name },
      });
      diffSchemas({ ...roots, site, visited: new Set() }, was.schema, now.schema);
    }
  }
  for (const name of Object.keys(a.headers).sort())
    if (b.headers[name] === undefined)
      out.add(
        {
          direction: 'response',
          operation,
          status,
          parameter: { in: 'header', name },
          head: `${headPointer}/headers/${escapeToken(name)}`,
        },
        'response-header-added',
        'safe',
        `response ${status}: header ${name} added`,
      );
}
