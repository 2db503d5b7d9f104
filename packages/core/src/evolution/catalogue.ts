import { KEYWORD_RULES, PROPERTY_RULES, SHAPE_RULES } from './keyword-rules.js';
import { SITE_PREFIXES } from './schema-site.js';

/** Checks outside schemas: paths, operations, parameters, bodies, responses, headers, security, servers. */
const FIXED_IDS = [
  'api-path-removed-without-deprecation',
  'api-path-removed-with-deprecation',
  'api-removed-without-deprecation',
  'api-removed-with-deprecation',
  'api-path-added',
  'endpoint-added',
  'endpoint-deprecated',
  'endpoint-reactivated',
  'api-operation-id-removed',
  'api-operation-id-changed',
  'api-operation-id-added',
  'api-base-path-removed',
  'request-parameter-removed',
  'request-parameter-became-required',
  'request-parameter-became-optional',
  'request-parameter-style-changed',
  'request-parameter-explode-changed',
  'request-parameter-allow-reserved-removed',
  'request-parameter-media-type-changed',
  'new-required-request-parameter',
  'new-optional-request-parameter',
  'request-body-added-required',
  'request-body-added-optional',
  'request-body-removed',
  'request-body-became-required',
  'request-body-became-optional',
  'request-body-media-type-removed',
  'request-body-media-type-added',
  'response-success-status-removed',
  'response-non-success-status-removed',
  'response-success-status-added',
  'response-non-success-status-added',
  'response-media-type-removed',
  'response-media-type-added',
  'required-response-header-removed',
  'optional-response-header-removed',
  'response-header-became-optional',
  'response-header-became-required',
  'response-header-added',
  'api-security-added',
  'api-security-alternative-added',
  'api-security-removed',
  'api-security-scope-added',
  'api-security-scope-removed',
  'security-scheme-type-changed',
  'security-scheme-api-key-changed',
  'security-scheme-http-scheme-changed',
  'api-server-removed',
  'api-server-added',
  'schema-not-compared',
  'diff-truncated',
];

/** Every check id diffSpecs can report, sorted: the fixed ones, then each schema rule at each site. */
export function checkCatalogue(): string[] {
  const ids = new Set(FIXED_IDS);
  for (const site of SITE_PREFIXES) {
    for (const rule of Object.values(KEYWORD_RULES)) ids.add(`${site.prefix}-${rule[site.direction][0]}`);
    if (site.structural)
      for (const rule of Object.values(SHAPE_RULES)) ids.add(`${site.prefix}-${rule[site.direction][0]}`);
  }
  const sides: Array<Record<string, readonly [string, unknown]>> = [
    PROPERTY_RULES.request,
    PROPERTY_RULES.response,
  ];
  for (const side of sides) for (const [id] of Object.values(side)) ids.add(id);
  return [...ids].sort();
}
