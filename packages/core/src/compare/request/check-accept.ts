import type { CheckContext } from '../check-context.js';
import { acceptAdmits } from '../media/media-type.js';
import { headerValue } from '../params/header-values.js';
import { responseMediaKeys } from '../response/media-keys.js';

/**
 * The request's `Accept` against every media type the operation produces, whatever the status: a client
 * asking for JSON and getting a documented error body in JSON is fine.
 */
export function checkAccept(context: CheckContext): void {
  const accept = headerValue(context.interaction.request.headers, 'accept');
  if (accept === undefined) return;
  const produced = context.operation.responses.flatMap((r) => responseMediaKeys(r));
  if (produced.length === 0) {
    context.findings.add({
      code: 'request.accept.unknown',
      type: 'warning',
      message: 'Request Accept header is defined but the spec does not specify any mime-types to produce',
      mockLocation: 'request.headers.accept',
      mockValue: accept,
      specLocation: context.operation.location,
    });
  } else if (!acceptAdmits(accept, produced)) {
    context.findings.add({
      code: 'request.accept.incompatible',
      type: 'error',
      message: 'Request Accept header is incompatible with the mime-types the spec defines to produce',
      mockLocation: 'request.headers.accept',
      mockValue: accept,
      specLocation: context.operation.location,
      specValue: produced,
    });
  }
}
