import type { CheckContext } from '../check-context.js';
import { isJson, parseMediaType, selectContentKey, selectJsonFamilyKey } from '../media/media-type.js';
import { hasBody } from '../body/body-text.js';
import { headerValue } from '../params/header-values.js';

/**
 * The request's `Content-Type` against the media types the operation consumes. Returns the content key
 * the body is to be validated against, or undefined when the body cannot be checked.
 */
export function checkRequestContentType(context: CheckContext): string | undefined {
  const { operation, findings, interaction } = context;
  const request = interaction.request;
  const contentType = headerValue(request.headers, 'content-type');
  const withBody = hasBody(request.body);
  const keys = Object.keys(operation.requestBody?.content ?? {});

  if (keys.length === 0) {
    if (contentType !== undefined) {
      findings.add({
        code: 'request.content-type.unknown',
        type: 'warning',
        message:
          'Request content-type header is defined but the spec does not specify any mime-types to consume',
        mockLocation: 'request.headers.content-type',
        mockValue: contentType,
        specLocation: operation.location,
      });
    }
    if (withBody) {
      findings.add({
        code: 'request.body.unknown',
        type: 'warning',
        message: 'No matching schema found for request body',
        mockLocation: 'request.body',
        specLocation: operation.requestBody
          ? `${operation.requestBody.location}.content`
          : operation.location,
      });
    }
    return undefined;
  }

  if (contentType === undefined) {
    if (!withBody) return undefined;
    findings.add({
      code: 'request.content-type.missing',
      type: 'warning',
      message: 'Request content type header is not defined but spec specifies mime-types to consume',
      mockLocation: 'request.headers.content-type',
      specLocation: operation.location,
    });
    // Without a header, a JSON body is checked against the first JSON media type the spec accepts.
    return request.body.kind === 'json' ? keys.find((k) => isJson(parseMediaType(k))) : undefined;
  }

  const key = selectContentKey(keys, contentType);
  const family = key === undefined ? selectJsonFamilyKey(keys, contentType) : undefined;
  if (family !== undefined) {
    findings.add({
      code: 'request.content-type.incompatible',
      type: 'warning',
      message:
        `Request Content-Type header is none of the mime-types the spec accepts to consume; '${family}' is ` +
        'JSON-compatible with it through the structured +json suffix, so the body was validated against it',
      mockLocation: 'request.headers.content-type',
      mockValue: contentType,
      specLocation: `${operation.requestBody?.location ?? operation.location}.content`,
      specValue: keys,
    });
    return family;
  }
  if (key === undefined) {
    findings.add({
      code: 'request.content-type.incompatible',
      type: 'error',
      message: 'Request Content-Type header is incompatible with the mime-types the spec accepts to consume',
      mockLocation: 'request.headers.content-type',
      mockValue: contentType,
      specLocation: `${operation.requestBody?.location ?? operation.location}.content`,
      specValue: keys,
    });
  }
  return key;
}
