import { checkAccept } from './request/check-accept.js';
import { checkRequestBody } from './request/check-body.js';
import { checkRequestContentType } from './request/check-content-type.js';
import { checkCookies } from './request/check-cookies.js';
import { checkHeaders } from './request/check-headers.js';
import { checkQuery } from './request/check-query.js';
import { checkSecurity } from './request/check-security.js';
import { checkResponseBody } from './response/check-body.js';
import { checkResponseContentType } from './response/check-content-type.js';
import { checkResponseHeaders } from './response/check-headers.js';
import { checkStatus } from './response/check-status.js';
import { resolveRoute } from './route/resolve-operation.js';

/**
 * The checks one HTTP interaction goes through, by name. A parameter of `compareInteraction` so a test can
 * replace one with a failing check and see the verdict fail closed; the names appear in
 * `internal.check-failed` findings.
 */
export const interactionChecks = {
  route: resolveRoute,
  security: checkSecurity,
  headers: checkHeaders,
  cookies: checkCookies,
  query: checkQuery,
  accept: checkAccept,
  'request content type': checkRequestContentType,
  'request body': checkRequestBody,
  status: checkStatus,
  'response headers': checkResponseHeaders,
  'response content type': checkResponseContentType,
  'response body': checkResponseBody,
};

export type InteractionChecks = typeof interactionChecks;
export type CheckName = keyof InteractionChecks;
