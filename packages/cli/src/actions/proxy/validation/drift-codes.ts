import type { FindingCode } from '@signet/core';
import type { CheckName } from '../../verify/report-model.js';
import type { RequestViolation } from '../../mock/spec/request-violation.js';

/**
 * The comparison's code for a request the mock would refuse: the same break found in a contract's request
 * by `signet compare` carries this code, so a drift line and a comparison finding read alike.
 */
export function requestCode(violation: RequestViolation): FindingCode {
  switch (violation.kind) {
    case 'security':
      return 'request.authorization.missing';
    case 'content-type':
      return 'request.content-type.incompatible';
    case 'malformed':
    case 'body':
      return 'request.body.incompatible';
    case 'unvalidatable':
      return violation.location.startsWith('body') ? 'request.body.unvalidatable' : 'internal.check-failed';
    case 'parameter':
      return parameterCode(violation.location);
  }
}

function parameterCode(location: string): FindingCode {
  if (location.startsWith('query.')) return 'request.query.incompatible';
  // A path value its schema refuses routes nowhere in the comparison.
  if (location.startsWith('path.')) return 'request.path-or-method.unknown';
  return 'request.header.incompatible'; // header.* and cookie.* (a cookie is a header)
}

/**
 * The comparison's code for a spec check `signet test` runs on a provider's answer; undefined for its checks
 * that are not about the spec (`no-server-error`: a documented 500 is no drift).
 */
export function responseCode(check: CheckName, message: string): FindingCode | undefined {
  switch (check) {
    case 'status-documented':
      return 'response.status.unknown';
    case 'content-type-documented':
      return 'response.content-type.incompatible';
    case 'response-headers':
      return 'response.header.incompatible';
    case 'response-body':
      return message.includes('could not be checked')
        ? 'response.body.unvalidatable'
        : 'response.body.incompatible';
    default:
      return undefined;
  }
}
