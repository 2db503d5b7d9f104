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
}

/** Everything one check of one routed interaction needs. */
export interface CheckContext {
  spec: SpecContext;
  interaction: HttpInteraction;
  operation: Operation;
  findings: FindingCollector;
  options: CompareOptions;
}
