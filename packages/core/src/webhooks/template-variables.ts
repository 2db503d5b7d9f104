import type { EventFacts } from './event-facts.js';
import { pactEventName } from './event-names.js';

/** The event a webhook request is rendered for. */
export interface RenderedEvent {
  /** The delivery's stable event id (the `Signet-Event-Id` header; the same on every retry). */
  id: string;
  type: string;
  createdAt: Date;
  facts: EventFacts;
  /** Pact-API URLs, when the Pact API recorded the event, win over the native ones. */
  links?: { pactUrl?: string; verificationResultUrl?: string };
  /**
   * `${pactbroker.*}` values the broker looked up when delivering (version tags, the verification a contract
   * event is rendered with, the event name as subscribed); they fill names the event's facts leave empty.
   */
  pact?: Readonly<Record<string, string>>;
}

/** Native API links of an event, absolute from `baseUrl` (the broker's public URL, no trailing slash). */
export function eventLinks(facts: EventFacts, baseUrl: string) {
  const api = `${baseUrl}/api/v1`;
  const part = encodeURIComponent;
  return {
    contractUrl: facts.contractId === undefined ? '' : `${api}/contracts/${facts.contractId}`,
    comparisonUrl:
      facts.contractSha && facts.specSha ? `${api}/comparisons/${facts.contractSha}/${facts.specSha}` : '',
    verificationUrl:
      facts.provider && facts.providerVersion && facts.verificationId !== undefined
        ? `${api}/services/${part(facts.provider)}/versions/${part(facts.providerVersion)}/verifications`
        : '',
  };
}

/**
 * The variables a template may use, by name without prefix: `${signet.<name>}` and, for Pact Broker
 * compatibility, `${pactbroker.<name>}` (consumerName, providerName, consumerVersionNumber, …) read the same
 * table. Missing values are empty strings.
 */
export function templateVariables(event: RenderedEvent, baseUrl: string): Record<string, string> {
  const f = event.facts;
  const links = eventLinks(f, baseUrl);
  const signet: Record<string, string | undefined> = {
    eventId: event.id,
    eventType: event.type,
    createdAt: event.createdAt.toISOString(),
    service: f.service,
    version: f.version,
    branch: f.branch,
    consumer: f.consumer,
    consumerVersion: f.consumerVersion,
    consumerBranch: f.consumerBranch,
    provider: f.provider,
    providerVersion: f.providerVersion,
    providerBranch: f.providerBranch,
    environment: f.environment,
    status: f.status,
    contractSha: f.contractSha,
    specSha: f.specSha,
    buildUrl: f.buildUrl,
    ...links,
  };
  const pact: Record<string, string | undefined> = {
    consumerName: f.consumer,
    providerName: f.provider,
    consumerVersionNumber: f.consumerVersion,
    providerVersionNumber: f.providerVersion,
    consumerVersionBranch: f.consumerBranch,
    providerVersionBranch: f.providerBranch,
    pactUrl: event.links?.pactUrl ?? links.contractUrl,
    verificationResultUrl: event.links?.verificationResultUrl ?? links.verificationUrl,
  };
  for (const [name, value] of Object.entries(event.pact ?? {})) pact[name] ??= value;
  const all = { ...signet, ...pact, eventName: event.type };
  return Object.fromEntries(Object.entries(all).map(([name, value]) => [name, value ?? '']));
}

/** `${pactbroker.eventName}` is Pact's name of the event; `${signet.eventName}` is Signet's. */
export function pactVariables(
  event: RenderedEvent,
  variables: Record<string, string>,
): Record<string, string> {
  return { ...variables, eventName: event.pact?.['eventName'] ?? pactEventName(event.type) };
}
