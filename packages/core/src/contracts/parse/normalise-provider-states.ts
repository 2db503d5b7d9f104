import type { ProviderState } from '../model.js';
import { field, firstField, isRecord, pointer } from './json-guards.js';
import { invalid } from './parse-context.js';
import type { JsonRecord } from './json-guards.js';
import type { ParseContext } from './parse-context.js';

/**
 * Provider states of an interaction: v3/v4 `providerStates: [{name, params}]`, or the v1/v2 single
 * `providerState` (`provider_state` in early Ruby-written pacts).
 *
 * @example normaliseProviderStates({ providerState: 'a user exists' }, ctx, '/i') // [{ name: 'a user exists' }]
 */
export function normaliseProviderStates(
  interaction: JsonRecord,
  ctx: ParseContext,
  location: string,
): ProviderState[] {
  const list = field(interaction, 'providerStates');
  if (Array.isArray(list))
    return list.flatMap((state, i) => providerState(state, ctx, pointer(location, 'providerStates', i)));
  const single = firstField(interaction, 'providerState', 'provider_state');
  if (typeof single === 'string' && single !== '') return [{ name: single }];
  if (single !== undefined && single !== null && typeof single !== 'string') {
    invalid(ctx, 'providerState must be a string', pointer(location, 'providerState'));
  }
  return [];
}

function providerState(raw: unknown, ctx: ParseContext, at: string): ProviderState[] {
  if (!isRecord(raw) || typeof raw['name'] !== 'string') {
    invalid(ctx, 'A provider state needs a string "name"', at);
    return [];
  }
  const params = field(raw, 'params');
  if (params !== undefined && params !== null && !isRecord(params)) {
    invalid(ctx, 'Provider state "params" must be an object', pointer(at, 'params'));
  }
  return [isRecord(params) ? { name: raw['name'], params } : { name: raw['name'] }];
}
