import { buildWebhookRequest, retryDelayMs } from '@signet/core';
import type { Store } from '../store/index.js';
import type { AfterAttempt, AttemptRecord, ClaimedDelivery } from './store/webhook-store.js';
import { renderedEvent } from './rendered-event.js';
import { redactText, secretsOf } from './redact.js';
import type { WebhookRuntime } from './runtime.js';
import { sendRequest } from './send-request.js';
import { recordSentRequest } from './sent-request.js';

/**
 * Makes one attempt at a claimed delivery — render, sign, send — and records it: delivered on 2xx, otherwise
 * retried after the schedule's next delay, or failed when no attempt is left.
 */
export async function deliver(
  store: Store,
  runtime: WebhookRuntime,
  claim: ClaimedDelivery,
): Promise<AttemptRecord> {
  const startedAt = new Date();
  const { settings } = runtime;
  const secrets = secretsOf(claim.subscription);
  let record: AttemptRecord;
  let sent: AttemptRecord['request'] = null;
  try {
    const event = await renderedEvent(store, claim, runtime.baseUrl);
    const request = buildWebhookRequest(claim.subscription, event, {
      baseUrl: runtime.baseUrl,
      timestamp: Math.floor(Date.now() / 1000),
    });
    sent = recordSentRequest(request, secrets);
    const outcome = await sendRequest(request, {
      policy: runtime.policy,
      timeoutMs: settings.timeoutMs,
      bodyLimit: settings.responseBodyLimit,
    });
    record = {
      startedAt,
      latencyMs: outcome.latencyMs,
      succeeded: outcome.succeeded,
      responseStatus: outcome.status,
      responseBody: outcome.body === null ? null : redactText(outcome.body, secrets),
      error: outcome.error === null ? null : redactText(outcome.error, secrets),
      request: sent,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    record = {
      startedAt,
      latencyMs: 0,
      succeeded: false,
      responseStatus: null,
      responseBody: null,
      error: redactText(message, secrets),
      request: sent,
    };
  }
  await store.transaction((tx) =>
    tx.webhooks.outbox.recordAttempt(claim, record, next(claim, record, runtime)),
  );
  return record;
}

function next(claim: ClaimedDelivery, record: AttemptRecord, runtime: WebhookRuntime): AfterAttempt {
  if (record.succeeded) return { state: 'delivered' };
  const schedule = {
    ...runtime.settings.schedule,
    maxAttempts: claim.maxAttempts ?? runtime.settings.schedule.maxAttempts,
  };
  const delayMs = retryDelayMs(schedule, claim.attempt);
  return delayMs === undefined ? { state: 'failed' } : { state: 'retry', delayMs };
}
