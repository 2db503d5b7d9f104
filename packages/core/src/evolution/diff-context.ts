import type { ProviderSpec } from '../specs/model.js';
import type { ChangeCollector } from './collector.js';

/** Both specs and where changes go: what every operation-level check reads. */
export interface DiffContext {
  base: ProviderSpec;
  head: ProviderSpec;
  out: ChangeCollector;
}
