import type { Parameter } from '@signet/core';

/**
 * Serialises a parameter value per OpenAPI style/explode: the path segment, the query pairs (already encoded),
 * or the header/cookie text. Content-based parameters are JSON.
 *
 * @example queryPairs(limitParam, 10) // ['limit=10']
 */
export function pathSegment(param: Parameter, value: unknown): string {
  if (param.contentType) return encodeURIComponent(JSON.stringify(value));
  const e = (v: unknown): string => encodeURIComponent(scalar(v));
  const { style, explode, name } = param;
  if (style === 'label') return '.' + join(value, explode ? '.' : ',', explode, e, '=');
  if (style === 'matrix') {
    if (Array.isArray(value) && explode) return value.map((v) => `;${name}=${e(v)}`).join('');
    if (isObject(value) && explode)
      return Object.entries(value)
        .map(([k, v]) => `;${k}=${e(v)}`)
        .join('');
    return `;${name}=` + join(value, ',', false, e, ',');
  }
  return join(value, ',', explode, e, '=');
}

/** `name=value` pairs for a query parameter (form, spaceDelimited, pipeDelimited, deepObject). */
export function queryPairs(param: Parameter, value: unknown): string[] {
  const e = (v: unknown): string =>
    param.allowReserved
      ? encodeURI(scalar(v)).replace(/[&=#+]/g, encodeURIComponent)
      : encodeURIComponent(scalar(v));
  const name = encodeURIComponent(param.name);
  if (param.contentType) return [`${name}=${encodeURIComponent(JSON.stringify(value))}`];
  if (param.style === 'deepObject' && isObject(value))
    return Object.entries(value).map(([k, v]) => `${name}%5B${encodeURIComponent(k)}%5D=${e(v)}`);
  if (Array.isArray(value)) {
    if (param.explode && param.style === 'form') return value.map((v) => `${name}=${e(v)}`);
    const separator =
      param.style === 'spaceDelimited' ? '%20' : param.style === 'pipeDelimited' ? '%7C' : ',';
    return [`${name}=${value.map(e).join(separator)}`];
  }
  if (isObject(value)) {
    if (param.explode) return Object.entries(value).map(([k, v]) => `${encodeURIComponent(k)}=${e(v)}`);
    return [`${name}=${join(value, ',', false, e, ',')}`];
  }
  return [`${name}=${e(value)}`];
}

/** The text of a header or cookie parameter (simple / form style). */
export function headerText(param: Parameter, value: unknown): string {
  if (param.contentType) return JSON.stringify(value);
  return join(value, ',', param.explode, scalar, '=');
}

function join(
  value: unknown,
  separator: string,
  explode: boolean,
  e: (v: unknown) => string,
  pair: string,
): string {
  if (Array.isArray(value)) return value.map(e).join(separator);
  if (isObject(value)) {
    return Object.entries(value)
      .map(([k, v]) => (explode ? `${k}${pair}${e(v)}` : `${k},${e(v)}`))
      .join(separator);
  }
  return e(value);
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
