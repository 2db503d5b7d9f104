import type { RenderedEvent } from './template-variables.js';
import { pactVariables, templateVariables } from './template-variables.js';

/**
 * How values are escaped where they land: `url` percent-encodes them, `header` drops line breaks (no header
 * injection), `json` escapes them for use inside a JSON string, `text` leaves them as they are.
 */
export type TemplateContext = 'url' | 'header' | 'json' | 'text';

const placeholder = /\$\{(signet|pactbroker)\.(\w+)\}/g;

/**
 * Replaces `${signet.<name>}` and `${pactbroker.<name>}` placeholders with the event's variables (see
 * `templateVariables`); unknown names are left as written so a typo shows in the request.
 *
 * @example
 * renderTemplate('${signet.provider} ${pactbroker.providerVersionNumber}', event, 'http://signet', 'text')
 * // → 'inventory 1.4.0'
 */
export function renderTemplate(
  template: string,
  event: RenderedEvent,
  baseUrl: string,
  context: TemplateContext,
): string {
  const signet = templateVariables(event, baseUrl);
  const tables = { signet, pactbroker: pactVariables(event, signet) };
  return template.replace(placeholder, (whole, prefix: 'signet' | 'pactbroker', name: string) => {
    const value = tables[prefix][name];
    return value === undefined ? whole : escape(value, context);
  });
}

function escape(value: string, context: TemplateContext): string {
  switch (context) {
    case 'url':
      return encodeURIComponent(value);
    case 'header':
      return value.replace(/[\r\n]+/g, ' ');
    case 'json':
      return JSON.stringify(value).slice(1, -1);
    case 'text':
      return value;
  }
}

/** `json` when the body template is a JSON document (values are then escaped as JSON string content). */
export function bodyContext(template: string): TemplateContext {
  const start = template.trimStart()[0];
  return start === '{' || start === '[' ? 'json' : 'text';
}
