import type { ProviderSpec } from '../../specs/model.js';
import type { CompareOptions } from '../check-context.js';
import { specContext } from '../spec-context.js';
import type { MessageCheckContext } from './message-side.js';

/**
 * Which of the given specs answers HTTP interactions and which message interactions: the first OpenAPI one
 * and the first AsyncAPI one. With no OpenAPI spec the AsyncAPI one answers HTTP interactions too, so each
 * is reported as an unknown path rather than skipped.
 */
export function pickSpecs(
  specs: ProviderSpec | readonly ProviderSpec[],
  options: CompareOptions,
): { http: ProviderSpec | undefined; messaging: (MessageCheckContext & { spec: ProviderSpec }) | undefined } {
  const list: readonly ProviderSpec[] = isList(specs) ? specs : [specs];
  const asyncapi = list.find((spec) => spec.messaging !== undefined);
  const http = list.find((spec) => spec.messaging === undefined) ?? asyncapi;
  if (!asyncapi) return { http, messaging: undefined };
  const messaging = {
    spec: asyncapi,
    validators: specContext(asyncapi).validators,
    options,
    document: () => asyncapi.document,
  };
  return { http, messaging };
}

function isList(specs: ProviderSpec | readonly ProviderSpec[]): specs is readonly ProviderSpec[] {
  return Array.isArray(specs);
}
