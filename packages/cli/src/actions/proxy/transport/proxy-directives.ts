/** Request headers a test sends to `signet proxy` itself, to shape what is recorded. */
export const PROVIDER_STATE_HEADER = 'x-signet-provider-state';
export const INTERACTION_HEADER = 'x-signet-interaction';

/** What the directive headers of one request asked for. */
export interface ProxyDirectives {
  /** One per `X-Signet-Provider-State` header, in order (a state may hold commas, so repeats are not split). */
  providerStates: string[];
  /** `X-Signet-Interaction`: the interaction's description, replacing the generated one. */
  description?: string;
}

/** Whether a header (lower-case name) is a directive: read by the proxy, never forwarded or recorded. */
export function isDirective(lowerName: string): boolean {
  return lowerName === PROVIDER_STATE_HEADER || lowerName === INTERACTION_HEADER;
}

/**
 * Splits the directive headers off a request's raw headers.
 *
 * @example splitDirectives(['Accept', '*\/*', 'X-Signet-Provider-State', 'a pet exists'])
 * // { directives: { providerStates: ['a pet exists'] }, rawHeaders: ['Accept', '*\/*'] }
 */
export function splitDirectives(raw: readonly string[]): {
  directives: ProxyDirectives;
  rawHeaders: string[];
} {
  const directives: ProxyDirectives = { providerStates: [] };
  const rawHeaders: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    const value = raw[i + 1]!;
    const lower = name.toLowerCase();
    if (!isDirective(lower)) rawHeaders.push(name, value);
    else if (value === '') continue;
    else if (lower === PROVIDER_STATE_HEADER) directives.providerStates.push(value);
    else directives.description = value;
  }
  return { directives, rawHeaders };
}
