import { createClient, type VersionRef, type Webhook, type WebhookDeliveryDetail } from '@signet/client';
import type { Say } from './demo-world.js';

/** What the broker shows (as the UI would), read with `@signet/client`: the CLI has no command for these. */
export class BrokerViews {
  private readonly client;
  private readonly webhooks;

  constructor(baseUrl: string) {
    this.client = createClient({ baseUrl });
    this.webhooks = this.client.webhooks;
  }

  /** A webhook subscription, as the webhooks page shows it. */
  webhook(id: number): Promise<Webhook> {
    return this.webhooks.get(id);
  }

  /**
   * The webhook's deliveries with every attempt, newest first, once none is pending any more (the broker logs an
   * attempt just after the receiver answered it).
   */
  async settledDeliveries(id: number, ms = 15_000): Promise<WebhookDeliveryDetail[]> {
    const started = Date.now();
    for (;;) {
      const page = await this.webhooks.deliveries(id, { limit: 100 });
      if (page.items.every((delivery) => delivery.state !== 'pending') || Date.now() - started > ms) {
        return Promise.all(page.items.map((delivery) => this.webhooks.delivery(id, delivery.id)));
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** The service graph, as the UI's home page shows it. */
  async graph(): Promise<{ services: string[]; integrations: string[] }> {
    const graph = await this.client.graph.get();
    return {
      services: graph.services.map((service) => service.name),
      integrations: graph.integrations.map((edge) => `${edge.consumer} → ${edge.provider} (${edge.status})`),
    };
  }

  /** The comparison of a consumer version's contract with a provider version's spec. */
  async comparison(consumer: VersionRef, provider: VersionRef): Promise<string> {
    const query = {
      consumer: consumer.service,
      consumerVersion: consumer.version,
      provider: provider.service,
    };
    const contract = (await this.client.contracts.list(query)).items[0];
    const specs = await this.client.specs.list(provider.service, { limit: 100 });
    const spec = specs.items.find((candidate) => candidate.version === provider.version);
    if (contract === undefined || spec === undefined) return 'not published';
    return (await this.client.comparisons.get(contract.contentSha, spec.contentSha)).status;
  }

  /** Shows the matrix and the newest events of the timeline. */
  async history(say: Say): Promise<{ matrixRows: number; eventTypes: string[] }> {
    const matrix = await this.client.matrix.list({ limit: 100 });
    for (const { consumer, provider, status } of matrix.items) {
      say(`  ${consumer.name}@${consumer.version} × ${provider.name}@${provider.version ?? '-'}: ${status}`);
    }
    const events = await this.client.events.list({ limit: 100 });
    say(`timeline: ${events.items.length} events, newest first:`);
    for (const event of events.items.slice(0, 8))
      say(`  ${event.createdAt} ${event.type} ${event.service ?? ''}`);
    const eventTypes = [...new Set(events.items.map((event) => event.type))].sort();
    return { matrixRows: matrix.items.length, eventTypes };
  }
}
