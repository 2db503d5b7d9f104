import type { Parameter } from '@signet/core';
import { flattenSchema } from '../../verify/generate/merge-schemas.js';
import { header, type MockRequest } from '../http/mock-exchange.js';

/** What a request carries for one parameter: nothing, or the value to validate (strings, split per its style). */
export type ParamValue = { present: false } | { present: true; value: unknown };

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

/** `k=v,k2=v2` (exploded) or `k,v,k2,v2`. */
function splitObject(text: string, explode: boolean): Record<string, string> {
  const parts = text.split(',');
  const result: Record<string, string> = {};
  if (explode)
    for (const part of parts) result[part.split('=')[0] ?? ''] = part.split('=').slice(1).join('=');
  else for (let i = 0; i + 1 < parts.length; i += 2) result[parts[i] as string] = parts[i + 1] as string;
  return result;
}

/** deepObject (`name[key]=v`) or form-exploded (`key=v` for each declared property) query objects. */
function queryObject(
  param: Parameter,
  request: MockRequest,
  schema: Record<string, unknown> | undefined,
): ParamValue {
  const result: Record<string, string> = {};
  if (param.style === 'deepObject') {
    for (const [name, values] of Object.entries(request.query)) {
      const key =
        name.startsWith(`${param.name}[`) && name.endsWith(']')
          ? name.slice(param.name.length + 1, -1)
          : undefined;
      if (key !== undefined) result[key] = values[0] ?? '';
    }
  } else if (param.explode) {
    const properties = Object.keys((schema?.properties as Record<string, unknown> | undefined) ?? {});
    for (const name of properties) if (request.query[name]) result[name] = request.query[name][0] ?? '';
  } else {
    const raw = request.query[param.name];
    if (raw === undefined) return { present: false };
    return { present: true, value: splitObject(raw[0] ?? '', false) };
  }
  return Object.keys(result).length === 0 ? { present: false } : { present: true, value: result };
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

/** Cookie header pairs by name (the first of repeats). */
export function cookies(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const pair of text.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const name = pair.slice(0, at).trim();
    if (!found.has(name)) found.set(name, pair.slice(at + 1).trim());
  }
  return found;
}
