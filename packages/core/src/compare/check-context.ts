import type { HttpInteraction } from '../contracts/model.js';
import type { Operation } from '../specs/model.js';
import type { FindingCollector } from './finding.js';
import type { SpecContext } from './spec-context.js';

export interface CompareOptions {
  /**
   * Accept response fields the provider's schema does not declare where the schema leaves additional
   * properties open. Off by default: a consumer relying on a field the provider never promised is an error.
   */
  allowUndeclaredResponseFields?: boolean;
  /**
   * Report the routing leniencies (a trailing slash dropped or added, a `servers`/`basePath` prefix missing from
   * the request path) as errors instead of warnings. The request is still routed, so its other findings show.
   */
  strictRouting?: boolean;
}

/** Everything one check of one routed interaction needs. */
export interface CheckContext {
  spec: SpecContext;
  interaction: HttpInteraction;
  operation: Operation;
  findings: FindingCollector;
  options: CompareOptions;
}
