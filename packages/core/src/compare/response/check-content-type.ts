import type { Response } from '../../specs/model.js';
import type { CheckContext } from '../check-context.js';
import { isJson, parseMediaType, selectContentKey, selectJsonFamilyKey } from '../media/media-type.js';
import { negotiate } from '../media/negotiate.js';
import { hasBody } from '../body/body-text.js';
import { headerValue } from '../params/header-values.js';
import { responseMediaKeys } from './media-keys.js';

/**
 * The response's `Content-Type` against the selected response's media types. Returns the content key the
 * body is validated against. Without a header, the one the request's `Accept` negotiates (RFC 9110), else the
 * only (or first JSON, or first) media type is assumed. A `+json` type the spec only declares as plain JSON (or
 * the reverse) is validated as JSON, with a warning.
 */
export function checkResponseContentType(context: CheckContext, response: Response): string | undefined {
  const { findings, operation } = context;
  const actual = context.interaction.response;
  const contentType = headerValue(actual.headers, 'content-type');
  const withBody = hasBody(actual.body);
  const keys = responseMediaKeys(response);

  if (keys.length === 0) {
    if (contentType !== undefined) {
      findings.add({
        code: 'response.content-type.unknown',
        type: 'warning',
        message:
          'Response Content-Type header is defined but the spec does not specify any mime-types to produce',
        mockLocation: 'response.headers.content-type',
        mockValue: contentType,
        specLocation: operation.location,
      });
    }
    if (withBody) {
      findings.add({
        code: 'response.body.unknown',
        type: 'error',
        message: 'No matching schema found for response body',
        mockLocation: 'response.body',
        specLocation: `${response.location}.content`,
      });
    }
    return undefined;
  }
  if (contentType === undefined) {
    if (!withBody) return undefined;
    const accept = headerValue(context.interaction.request.headers, 'accept');
    const negotiated = accept === undefined ? undefined : negotiate(accept, keys);
    if (typeof negotiated === 'object') return negotiated.key;
    const json = actual.body.kind === 'json' ? keys.find((k) => isJson(parseMediaType(k))) : undefined;
    return json ?? keys[0];
  }
  const key = selectContentKey(keys, contentType);
  const family = key === undefined ? selectJsonFamilyKey(keys, contentType) : undefined;
  if (family !== undefined) {
    findings.add({
      code: 'response.content-type.incompatible',
      type: 'warning',
      message:
        `Response Content-Type header is none of the mime-types the spec defines to produce; '${family}' is ` +
        'JSON-compatible with it through the structured +json suffix, so the body was validated against it',
      mockLocation: 'response.headers.content-type',
      mockValue: contentType,
      specLocation: `${response.location}.content`,
      specValue: keys,
    });
    return family;
  }
  if (key === undefined) {
    findings.add({
      code: 'response.content-type.incompatible',
      type: 'error',
      message: 'Response Content-Type header is incompatible with the mime-types the spec defines to produce',
      mockLocation: 'response.headers.content-type',
      mockValue: contentType,
      specLocation: `${response.location}.content`,
      specValue: keys,
    });
  }
  return key;
}
