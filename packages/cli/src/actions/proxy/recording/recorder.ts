import { buildInteraction } from './build-interaction.js';
import type { Exchange } from '../transport/index.js';
import { keyExchange, type KeyedExchange } from './interaction-key.js';
import type { RecordedInteraction } from './recorded-model.js';

/** Default bound on distinct interactions, so hostile traffic cannot grow a recording without limit. */
export const DEFAULT_MAX_INTERACTIONS = 10_000;

/**
 * Keeps the first example of each distinct interaction (see {@link keyExchange}). Memory grows with the
 * number of distinct interactions only, never with the number of requests.
 *
 * @example
 * const recorder = new Recorder();
 * const added = recorder.record(exchange); // the new interaction, or undefined when already seen
 * recorder.interactions; // in the order first seen
 */
export class Recorder {
  private readonly byKey = new Map<string, RecordedInteraction>();
  private readonly descriptions = new Set<string>();
  /** Exchanges seen, recorded or not. */
  requests = 0;
  /** Distinct interactions dropped because {@link maxInteractions} was reached. */
  overflow = 0;

  constructor(readonly maxInteractions: number = DEFAULT_MAX_INTERACTIONS) {}

  /** Records `exchange` if its interaction is new; returns the new interaction, else `undefined`. */
  record(exchange: Exchange): RecordedInteraction | undefined {
    this.requests += 1;
    const keyed = keyExchange(exchange);
    if (this.byKey.has(keyed.key)) return undefined;
    if (this.byKey.size >= this.maxInteractions) {
      this.overflow += 1;
      return undefined;
    }
    const interaction = buildInteraction(exchange, keyed, this.describe(exchange, keyed));
    this.byKey.set(keyed.key, interaction);
    return interaction;
  }

  /** The distinct interactions in the order they were first seen. */
  get interactions(): RecordedInteraction[] {
    return [...this.byKey.values()];
  }

  /**
   * The `X-Signet-Interaction` header's text, else `GET /pets/{id} → 200` with query names
   * (`GET /pets?limit → 200`); ` (2)`… when taken under the same provider states.
   */
  private describe(exchange: Exchange, keyed: KeyedExchange): string {
    const query = keyed.query.names.length > 0 ? `?${keyed.query.names.join('&')}` : '';
    const base =
      exchange.directives.description ??
      `${exchange.method} ${keyed.template.template}${query} → ${exchange.status}`;
    const states = JSON.stringify(exchange.directives.providerStates);
    let description = base;
    for (let n = 2; this.descriptions.has(`${description} ${states}`); n += 1) description = `${base} (${n})`;
    this.descriptions.add(`${description} ${states}`);
    return description;
  }
}
