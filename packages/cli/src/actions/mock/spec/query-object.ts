import type { Parameter } from '@signet/core';
import type { MockRequest } from '../http/mock-exchange.js';

/** What a request carries for one parameter: nothing, or the value to validate (strings, split per its style). */
export type ParamValue = { present: false } | { present: true; value: unknown };

/** `k=v,k2=v2` (exploded) or `k,v,k2,v2`. */
export function splitObject(text: string, explode: boolean): Record<string, string> {
  const parts = text.split(',');
  const result: Record<string, string> = {};
  if (explode)
    for (const part of parts) result[part.split('=')[0] ?? ''] = part.split('=').slice(1).join('=');
  else for (let i = 0; i + 1 < parts.length; i += 2) result[parts[i] as string] = parts[i + 1] as string;
  return result;
}

/** deepObject (`name[key]=v`) or form-exploded (`key=v` for each declared property) query objects. */
export function queryObject(
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
