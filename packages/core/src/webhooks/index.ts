/** Webhooks, the pure part: which subscriptions fire, templating, signing, the retry schedule. No sending. */
export {
  webhookEvents,
  pactEventAliases,
  isKnownEventName,
  namesFiring,
  pactEventName,
  type WebhookEventName,
} from './event-names.js';
export { eventFacts, type EventFacts } from './event-facts.js';
export {
  planDeliveries,
  triggersNeeded,
  noPactTriggers,
  type PactTriggers,
  type PlannedDelivery,
} from './plan-deliveries.js';
export {
  requiredVerifications,
  type RequiredReason,
  type VerificationCandidate,
  type RequiredVerification,
} from './required-verifications.js';
export { subscriptionsFor, type SubscriptionFilter } from './select-subscriptions.js';
export { templateVariables, eventLinks, type RenderedEvent } from './template-variables.js';
export { renderTemplate, bodyContext, type TemplateContext } from './render-template.js';
export {
  buildWebhookRequest,
  defaultBody,
  type RequestTemplate,
  type WebhookRequest,
} from './build-request.js';
export { signWebhookBody, verifyWebhookSignature, type SignatureCheck } from './signature.js';
export { retryDelayMs, nominalDelaysMs, defaultRetrySchedule, type RetrySchedule } from './retry-schedule.js';
