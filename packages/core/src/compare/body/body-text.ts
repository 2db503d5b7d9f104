import type { Body } from '../../contracts/model.js';

/** The body as text (base64 decoded), or undefined when absent. */
export function bodyText(body: Body): string | undefined {
  switch (body.kind) {
    case 'absent':
      return undefined;
    case 'text':
      return body.text;
    case 'binary':
      return Buffer.from(body.base64, 'base64').toString('utf8');
    case 'json':
      return typeof body.value === 'string' ? body.value : JSON.stringify(body.value);
  }
}

/** What a finding shows as the contract's value. */
export function bodyDisplay(body: Body): unknown {
  return body.kind === 'json' ? body.value : bodyText(body);
}

/** The body as a JSON value, or an error message when it is not JSON. */
export function bodyJson(body: Body): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (body.kind === 'json') return { ok: true, value: body.value };
  const text = bodyText(body) ?? '';
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'body is not valid JSON' };
  }
}

/** Whether the contract has a body at all. A JSON `null` body is what older Pact writers emit for none. */
export function hasBody(body: Body): boolean {
  return body.kind !== 'absent' && !(body.kind === 'json' && body.value === null);
}
