import { openApiSpec, pactContract, type Operation } from './documents.js';
import type { TestBroker } from './test-broker.js';

/**
 * A fluent builder of broker state through the public API, so tests read as the story they set up:
 *
 * ```ts
 * await given(broker)
 *   .environment('production', { production: true })
 *   .spec('inventory', [['get', '/items/{id}']], { version: 'inv1' })
 *   .verified('inventory', 'inv1')
 *   .deployed('inventory', 'inv1', 'production')
 *   .contract('cart', 'c1', 'inventory', [['get', '/items/{id}']])
 *   .build();
 * ```
 * Each step fails loudly (with the response) if the broker refuses it.
 */
export class Builder {
  private readonly steps: Array<() => Promise<void>> = [];

  constructor(private readonly broker: TestBroker) {}

  environment(name: string, options: { production?: boolean } = {}): this {
    return this.step('POST', '/environments', { name, production: options.production ?? false });
  }

  spec(provider: string, operations: Operation[], options: { version?: string; branch?: string } = {}): this {
    return this.step('POST', `/services/${provider}/specs`, {
      content: openApiSpec(provider, operations),
      ...options,
    });
  }

  /** A spec verification of the version (against its own spec, else the provider's latest). */
  verified(provider: string, version: string, options: { success?: boolean } = {}): this {
    return this.step('POST', `/services/${provider}/versions/${version}/verifications`, {
      success: options.success ?? true,
    });
  }

  contract(
    consumer: string,
    version: string,
    provider: string,
    operations: Operation[],
    options: { branch?: string } = {},
  ): this {
    return this.step('POST', '/contracts', {
      content: pactContract(consumer, provider, operations),
      consumerVersion: version,
      ...options,
    });
  }

  deployed(service: string, version: string, environment: string): this {
    return this.step('POST', `/environments/${environment}/deployments`, { service, version });
  }

  released(service: string, version: string, environment: string): this {
    return this.step('POST', `/environments/${environment}/releases`, { service, version });
  }

  /** Runs the steps in order. */
  async build(): Promise<void> {
    for (const step of this.steps) await step();
  }

  private step(method: 'POST' | 'PUT', url: string, payload: object): this {
    this.steps.push(async () => {
      const response = await this.broker.api({ method, url, payload });
      if (response.statusCode >= 300) {
        throw new Error(`builder step ${method} ${url} failed: ${response.statusCode} ${response.body}`);
      }
    });
    return this;
  }
}

/** Starts a {@link Builder} over the broker. */
export function given(broker: TestBroker): Builder {
  return new Builder(broker);
}
