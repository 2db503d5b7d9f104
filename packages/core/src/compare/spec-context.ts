import type { ProviderSpec } from '../specs/model.js';
import { RouteIndex } from './route/route-index.js';
import { ValidatorCache } from './schema/ajv/validator-cache.js';

/** What comparing against one spec needs, built once per spec and shared by every contract compared with it. */
export interface SpecContext {
  spec: ProviderSpec;
  routes: RouteIndex;
  validators: ValidatorCache;
}

const contexts = new WeakMap<ProviderSpec, SpecContext>();

export function specContext(spec: ProviderSpec): SpecContext {
  let context = contexts.get(spec);
  if (!context) {
    context = { spec, routes: new RouteIndex(spec), validators: new ValidatorCache(spec) };
    contexts.set(spec, context);
  }
  return context;
}
