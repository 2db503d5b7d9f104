import { startTestBroker, type TestBroker } from '../../testing/test-broker.js';
import { startDeliveryWorker } from '../delivery-worker.js';
import { webhookRuntime, type WebhookRuntime } from '../runtime.js';
import { defaultWebhookSettings, type WebhookSettings } from '../settings.js';

/** An in-process test broker whose webhooks may call 127.0.0.1, with its delivery worker running. */
export interface WebhookTestBroker extends TestBroker {
  runtime: WebhookRuntime;
}

/** Starts it; `settings` override the defaults (tests use short retry schedules). */
export async function startWebhookTestBroker(
  settings: Partial<WebhookSettings> = {},
  { worker = true } = {},
): Promise<WebhookTestBroker> {
  const broker = await startTestBroker();
  const runtime = webhookRuntime(
    { ...defaultWebhookSettings, allowedHosts: ['127.0.0.1'], ...settings },
    'http://signet.test',
  );
  broker.deps.webhooks = runtime;
  const running = worker ? startDeliveryWorker(broker.deps.store, runtime) : undefined;
  return {
    ...broker,
    runtime,
    close: async () => {
      await running?.stop();
      await broker.close();
    },
  };
}
