/** Webhooks in the broker: subscriptions, the outbox worker, sending with an SSRF guard, the delivery log. */
export { startDeliveryWorker, type DeliveryWorker } from './delivery-worker.js';
export { webhookRuntime, defaultWebhookRuntime, type WebhookRuntime } from './runtime.js';
export { webhookSettingsFromEnv, defaultWebhookSettings, type WebhookSettings } from './settings.js';
export { AddressPolicy, DestinationRefusedError } from './address-policy.js';
export {
  createSubscription,
  findSubscription,
  updateSubscription,
  deleteSubscription,
} from './subscriptions.js';
export { listDeliveries, findDelivery, redeliver, ping } from './deliveries.js';
export { createSubscriptionInput, updateSubscriptionInput } from './subscription-input.js';
export { renderSubscription, renderDelivery, renderDeliveryDetail, renderAttempt } from './render.js';
export { redactHeaders } from './redact.js';
export { redactUrl } from './redact-url.js';
