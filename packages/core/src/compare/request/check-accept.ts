import type { CheckContext } from '../check-context.js';
import { negotiate } from '../media/negotiate.js';
import { headerValue } from '../params/header-values.js';
import { responseMediaKeys } from '../response/media-keys.js';

/**
 * The request's `Accept` negotiated against every media type the operation produces, whatever the status: a
 * client asking for JSON and getting a documented error body in JSON is fine. A `+json` type the spec only
 * offers as plain JSON (or the reverse) is a warning: a JSON reader reads it, but it is not what was asked for.
 */
export function checkAccept(context: CheckContext): void {
  const accept = headerValue(context.interaction.request.headers, 'accept');
  if (accept === undefined) return;
  const produced = [...new Set(context.operation.responses.flatMap((r) => responseMediaKeys(r)))];
  const base = {
    mockLocation: 'request.headers.accept',
    mockValue: accept,
    specLocation: context.operation.location,
  };
  if (produced.length === 0) {
    context.findings.add({
      ...base,
      code: 'request.accept.unknown',
      type: 'warning',
      message: 'Request Accept header is defined but the spec does not specify any mime-types to produce',
    });
    return;
  }
  const negotiated = negotiate(accept, produced);
  if (negotiated === 'unreadable') return;
  if (negotiated === undefined) {
    context.findings.add({
      ...base,
      code: 'request.accept.incompatible',
      type: 'error',
      message: 'Request Accept header is incompatible with the mime-types the spec defines to produce',
      specValue: produced,
    });
  } else if (negotiated.suffixOnly) {
    context.findings.add({
      ...base,
      code: 'request.accept.incompatible',
      type: 'warning',
      message:
        `Request Accept header names none of the mime-types the spec defines to produce; '${negotiated.key}' ` +
        'is JSON-compatible with it through the structured +json suffix, so it was accepted with this warning',
      specValue: produced,
    });
  }
}
