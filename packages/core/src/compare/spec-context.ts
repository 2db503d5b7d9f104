import type { ProviderSpec } from '../specs/model.js';
import { pactflowConfig, type PactflowConfig } from './pactflow-config.js';
import { RouteIndex } from './route/route-index.js';
import { ValidatorCache } from './schema/ajv/validator-cache.js';

/** What comparing against one spec needs, built once per spec and shared by every contract compared with it. */
export interface SpecContext {
  spec: ProviderSpec;
  routes: RouteIndex;
  validators: ValidatorCache;
  /** PactFlow's `x-opc-config-*` extensions the spec carries. */
  config: PactflowConfig;
}

const contexts = new WeakMap<ProviderSpec, SpecContext>();

export function specContext(spec: ProviderSpec): SpecContext {
  let context = contexts.get(spec);
  if (!context) {
    const config = pactflowConfig(spec);
    const routes = new RouteIndex(spec, config);
    context = { spec, routes, validators: new ValidatorCache(spec), config };
    contexts.set(spec, context);
  }
  return context;
}
