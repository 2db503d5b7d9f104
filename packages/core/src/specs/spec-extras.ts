import type { Operation, ProviderSpec } from './model.js';
import { isObject } from './normalise/guards.js';

/**
 * PactFlow's `info.x-opc-config-base-path`: a prefix the consumer's paths carry that the spec does not
 * declare. Added to every operation's `basePaths` so compare needs nothing from the source document.
 */
export function addConfiguredBasePath(operations: Operation[], info: unknown): void {
  const base = isObject(info) ? info['x-opc-config-base-path'] : undefined;
  if (typeof base !== 'string' || base === '') return;
  for (const operation of operations) {
    // A fresh array: normalisers may share one `basePaths` between operations.
    if (!operation.basePaths.includes(base)) operation.basePaths = [...operation.basePaths, base];
  }
}

/**
 * Gives `spec` a `document` parsed from `jsonText` on first access: the tree parsed for loading was
 * translated in place, and a second parse (or copy) up front would cost every load for a rarely read field.
 */
export function withLazyDocument(spec: Omit<ProviderSpec, 'document'>, jsonText: string): ProviderSpec {
  let document: Record<string, unknown> | undefined;
  return Object.defineProperty(spec, 'document', {
    enumerable: true,
    configurable: true,
    get: () => (document ??= JSON.parse(jsonText) as Record<string, unknown>),
  }) as ProviderSpec;
}
