import type { ChangeDirection } from './model.js';
import type { ChangeScope } from './collector.js';

/** Where a schema sits: it decides the check ids' prefix and which direction narrowing breaks. */
export interface SchemaSite {
  direction: Exclude<ChangeDirection, 'spec'>;
  /** Prefix of checks on the schema itself, e.g. `request-body`, `request-parameter`, `response-header`. */
  rootPrefix: string;
  /** Prefix of checks on nested properties, e.g. `request-property` (the root prefix for parameters/headers). */
  propertyPrefix: string;
  /** Whether property-level checks (added, removed, required, readOnly…) apply: bodies only. */
  structural: boolean;
  scope: ChangeScope;
}

export const requestBodySite = (scope: ChangeScope): SchemaSite => ({
  direction: 'request',
  rootPrefix: 'request-body',
  propertyPrefix: 'request-property',
  structural: true,
  scope,
});

export const responseBodySite = (scope: ChangeScope): SchemaSite => ({
  direction: 'response',
  rootPrefix: 'response-body',
  propertyPrefix: 'response-property',
  structural: true,
  scope,
});

export const parameterSite = (scope: ChangeScope): SchemaSite => ({
  direction: 'request',
  rootPrefix: 'request-parameter',
  propertyPrefix: 'request-parameter',
  structural: false,
  scope,
});

export const responseHeaderSite = (scope: ChangeScope): SchemaSite => ({
  direction: 'response',
  rootPrefix: 'response-header',
  propertyPrefix: 'response-header',
  structural: false,
  scope,
});

/** Every site kind, for the catalogue. */
export const SITE_PREFIXES: ReadonlyArray<{
  prefix: string;
  direction: 'request' | 'response';
  structural: boolean;
}> = [
  { prefix: 'request-body', direction: 'request', structural: true },
  { prefix: 'request-property', direction: 'request', structural: true },
  { prefix: 'response-body', direction: 'response', structural: true },
  { prefix: 'response-property', direction: 'response', structural: true },
  { prefix: 'request-parameter', direction: 'request', structural: false },
  { prefix: 'response-header', direction: 'response', structural: false },
];
