import type { Response } from '../../specs/model.js';
import type { CheckContext } from '../check-context.js';
import { isJson, parseMediaType, selectContentKey } from '../media/media-type.js';
import { hasBody } from '../body/body-text.js';
import { headerValue } from '../params/header-values.js';
import { responseMediaKeys } from './media-keys.js';

/**
 * The response's `Content-Type` against the selected response's media types. Returns the content key the
 * body is validated against; without a header, the only (or first JSON, or first) media type is assumed.
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
    const json = actual.body.kind === 'json' ? keys.find((k) => isJson(parseMediaType(k))) : undefined;
    return json ?? keys[0];
  }
  const key = selectContentKey(keys, contentType);
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
