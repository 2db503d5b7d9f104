/** The events a subscription can listen to (Signet's names; the Pact API also accepts Pact Broker's). */
export const webhookEvents = [
  'spec.published',
  'contract.published',
  'contract.content_changed',
  'comparison.succeeded',
  'comparison.failed',
  'verification.succeeded',
  'verification.failed',
  'deployment.recorded',
];
