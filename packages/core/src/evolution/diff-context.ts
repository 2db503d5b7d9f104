import type { ProviderSpec } from '../specs/model.js';
import type { ChangeCollector } from './collector.js';
import type { UnchangedSchemas } from './unchanged-schemas.js';

/** Both specs and where changes go: what every operation-level check reads. */
export interface DiffContext {
  base: ProviderSpec;
  head: ProviderSpec;
  out: ChangeCollector;
  /** Schemas both specs hold unchanged, shared by every schema comparison of the diff. */
  unchanged: UnchangedSchemas;
}
