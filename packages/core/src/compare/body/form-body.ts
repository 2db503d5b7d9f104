/**
 * Form bodies as objects for validation: one value stays a string, repeated fields become arrays (Ajv's
 * array coercion turns a single value into `[value]` where the schema wants an array).
 */
export function parseUrlEncoded(text: string): Record<string, unknown> {
  const fields = new Map<string, string[]>();
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    fields.set(name, [...(fields.get(name) ?? []), value]);
  }
  return collapse(fields);
}

/** `multipart/form-data` parts by name; JSON parts are parsed. Undefined when the boundary is missing. */
export function parseMultipart(
  text: string,
  boundary: string | undefined,
): Record<string, unknown> | undefined {
  if (!boundary) return undefined;
  const fields = new Map<string, unknown[]>();
  for (const part of text.split(`--${boundary}`).slice(1)) {
    if (part.startsWith('--')) break;
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const head = part.slice(0, split.index);
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    if (name === undefined) continue;
    const raw = part.slice(split.index + split[0].length).replace(/\r?\n$/, '');
    fields.set(name, [...(fields.get(name) ?? []), partValue(head, raw)]);
  }
  return collapse(fields);
}

function partValue(head: string, raw: string): unknown {
  if (!/content-type:\s*[^\r\n]*json/i.test(head)) return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function collapse<T>(fields: Map<string, T[]>): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const [name, values] of fields) out[name] = values.length === 1 ? values[0] : values;
  return out;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
