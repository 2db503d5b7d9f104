import type { Parameter } from '@signet/core';
import { flattenSchema } from '../../verify/generate/merge-schemas.js';
import { header, type MockRequest } from '../http/mock-exchange.js';
import { cookies } from './cookies.js';
import { queryObject, splitObject, type ParamValue } from './query-object.js';

export type { ParamValue } from './query-object.js';

/**
 * Reads `param` out of the request and undoes its serialisation (style/explode) far enough for a validator that
 * coerces strings to the schema's types: arrays split, objects rebuilt, content-based values parsed as JSON.
 */
export function readParam(
  root: unknown,
  param: Parameter,
  request: MockRequest,
  pathValues: Record<string, string>,
): ParamValue {
  const schema = param.schema ? flattenSchema(root, param.schema.schema) : undefined;
  const type = typeof schema?.type === 'string' ? schema.type : undefined;
  if (param.in === 'query' && type === 'object') return queryObject(param, request, schema);
  const raw = rawValues(param, request, pathValues);
  if (raw === undefined) return { present: false };
  if (param.contentType !== undefined) return { present: true, value: parseContent(raw[0] ?? '') };
  if (type === 'array') return { present: true, value: splitArray(param, raw) };
  const text = unprefix(param, raw[0] ?? '');
  if (type === 'object') return { present: true, value: splitObject(text, param.explode) };
  return { present: true, value: text };
}

function rawValues(
  param: Parameter,
  request: MockRequest,
  pathValues: Record<string, string>,
): string[] | undefined {
  if (param.in === 'path') return param.name in pathValues ? [pathValues[param.name] as string] : undefined;
  if (param.in === 'query') return request.query[param.name];
  if (param.in === 'header') return request.headers[param.name.toLowerCase()];
  const cookie = cookies(header(request, 'cookie') ?? '').get(param.name);
  return cookie === undefined ? undefined : [cookie];
}

function splitArray(param: Parameter, raw: string[]): string[] {
  if (param.in === 'query' && param.style === 'form' && param.explode) return raw;
  const text = unprefix(param, raw.join(','));
  if (text === '') return [];
  const separator =
    param.style === 'spaceDelimited'
      ? ' '
      : param.style === 'pipeDelimited'
        ? '|'
        : param.style === 'label'
          ? '.'
          : ',';
  return text.split(separator);
}

/** Label (`.x`) and matrix (`;name=x`) path values carry a prefix. */
function unprefix(param: Parameter, text: string): string {
  if (param.style === 'label') return text.replace(/^\./, '');
  const matrix = `;${param.name}=`;
  if (param.style === 'matrix' && text.startsWith(matrix)) return text.slice(matrix.length);
  return text;
}

function parseContent(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
