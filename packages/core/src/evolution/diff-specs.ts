import type { ProviderSpec } from '../specs/model.js';
import { ChangeCollector } from './collector.js';
import type { SpecDiff } from './model.js';
import { diffOperations } from './operation-checks.js';
import { diffSecuritySchemes } from './security-checks.js';
import { diffServers } from './server-checks.js';
import { UnchangedSchemas } from './unchanged-schemas.js';

/**
 * The classified changes from `base` to `head` (both loaded with `loadSpec`, so Swagger 2 / OpenAPI 3.0 / 3.1
 * compare alike). Operations match by method and path template shape (`/a/{id}` ≡ `/a/{x}`). Request and
 * response sides are judged apart: narrowing what a request accepts breaks clients, narrowing a response does not.
 *
 * @example
 * const diff = diffSpecs(await loadSpec({ path: 'old.yaml' }), await loadSpec({ path: 'new.yaml' }));
 * diff.changes.filter((c) => c.severity === 'breaking');
 */
export function diffSpecs(base: ProviderSpec, head: ProviderSpec): SpecDiff {
  const out = new ChangeCollector();
  const context = { base, head, out, unchanged: new UnchangedSchemas(base.schemaRoot, head.schemaRoot) };
  diffServers(context);
  diffSecuritySchemes(context);
  diffOperations(context);
  const counts = { breaking: 0, 'potentially-breaking': 0, safe: 0 };
  for (const change of out.changes) counts[change.severity]++;
  return { changes: out.changes, counts };
}
