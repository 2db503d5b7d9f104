import {
  eventFacts,
  namesFiring,
  planDeliveries,
  requiredVerifications,
  subscriptionsFor,
  triggersNeeded,
  type EventFacts,
  type PactTriggers,
  type PlannedDelivery,
} from '@signet/core';
import { sql } from 'kysely';
import type { Db } from '../../store/db.js';
import type { EventStore } from '../../events/event-store.js';
import type { OutboxScope } from './outbox-scope.js';
import { pactTriggersStore } from './pact-triggers-store.js';
import { textArray, withWebhookTables } from './webhook-tables.js';

/**
 * The event store, with every appended event's webhook deliveries queued in the same transaction (the outbox):
 * an event is never committed without its deliveries, nor a delivery without its event. An append outside a
 * transaction opens one for the pair.
 */
export function eventsWithOutbox(
  events: EventStore,
  db: Db,
  inTransaction: boolean,
  scope: OutboxScope,
): EventStore {
  const appendIn = async (tx: Db, txScope: OutboxScope, ...args: Parameters<EventStore['append']>) => {
    const [type, serviceId, payload] = args;
    const { id, candidates } = await insertEvent(tx, type, serviceId, payload);
    if ((await queueDeliveries(tx, id, type, payload, candidates)) > 0) txScope.markQueued();
  };
  return {
    ...events,
    async append(type, serviceId, payload) {
      if (inTransaction) return appendIn(db, scope, type, serviceId, payload);
      const nested = scope.nested();
      await db.transaction().execute((tx) => appendIn(tx, nested, type, serviceId, payload));
      nested.committed();
    },
  };
}

/** An enabled subscription listing one of the names the event fires as, as `subscriptionsFor` reads it. */
interface Candidate {
  id: number;
  events: string[];
  service: string | null;
  consumer: string | null;
  provider: string | null;
  enabled: boolean;
  url: string;
  headers: Record<string, string>;
  body: string | null;
}

/**
 * Inserts the event and reads the subscriptions that may fire for it, in one statement: a publication appends
 * an event or two, and each round trip to the database counts at hundreds of publications a second.
 */
async function insertEvent(
  db: Db,
  type: string,
  serviceId: number | null,
  payload: Record<string, unknown>,
): Promise<{ id: number; candidates: Candidate[] }> {
  const { rows } = await sql<{ event_id: number } & { [K in keyof Candidate]: Candidate[K] | null }>`
    with e as (
      insert into events (type, service_id, payload) values (${type}, ${serviceId}, ${JSON.stringify(payload)})
      returning id)
    select e.id as event_id, s.id, s.events, s.service, s.consumer, s.provider, s.enabled, s.url, s.headers, s.body
    from e left join webhook_subscriptions s
      on s.enabled and s.events && ${textArray(namesFiring(type))}::text[]`.execute(db);
  const candidates = rows.filter((row) => row.id !== null) as unknown as Candidate[];
  return { id: rows[0]!.event_id, candidates };
}

/**
 * Inserts the pending deliveries of the subscriptions that fire for the event: one per event name each lists
 * and, for `contract_requiring_verification_published`, per required provider version (see `planDeliveries`).
 * Returns how many.
 */
async function queueDeliveries(
  db: Db,
  eventId: number,
  type: string,
  payload: Record<string, unknown>,
  candidates: Candidate[],
): Promise<number> {
  const wdb = withWebhookTables(db);
  if (candidates.length === 0) return 0;
  const facts = eventFacts(type, payload);
  const fired = subscriptionsFor(type, facts, candidates);
  if (fired.length === 0) return 0;
  const triggers = await pactTriggers(db, type, facts, fired, payload['republished'] === true);
  const planned = await perDeployedProviderVersion(db, planDeliveries(type, fired, triggers), facts.provider);
  if (planned.length === 0) return 0;
  await wdb
    .insertInto('webhook_deliveries')
    .values(
      planned.map(({ subscription, eventName, context }) => ({
        subscription_id: subscription.id,
        event_id: eventId,
        event_name: eventName,
        context: JSON.stringify(context),
        max_attempts: null,
      })),
    )
    .execute();
  return planned.length;
}

const currentlyDeployed = '${pactbroker.currentlyDeployedProviderVersionNumber}';

/**
 * Pact Broker's expansion for `${pactbroker.currentlyDeployedProviderVersionNumber}`: a webhook whose request
 * (URL, headers or body) uses it is sent once per distinct provider version currently deployed (releases do not
 * count), that number in the delivery's context; with none deployed it is not sent. Other webhooks, and events
 * naming no provider, are unchanged.
 */
async function perDeployedProviderVersion<
  P extends PlannedDelivery<{ url: string; headers: Record<string, string>; body: string | null }>,
>(db: Db, planned: P[], provider: string | undefined): Promise<P[]> {
  const uses = (plan: P) => {
    const { url, headers, body } = plan.subscription;
    return [url, body ?? '', ...Object.values(headers)].some((text) => text.includes(currentlyDeployed));
  };
  if (provider === undefined || !planned.some(uses)) return planned;
  const { rows } = await sql<{ number: string }>`
    select v.number from deployed_versions d
    join versions v on v.id = d.version_id join services s on s.id = d.service_id
    where s.name = ${provider} and d.kind = 'deployment' and d.ended_at is null
    group by v.number order by min(d.id)`.execute(db);
  return planned.flatMap((plan) =>
    uses(plan)
      ? rows.map((row) => ({
          ...plan,
          context: { ...plan.context, currentlyDeployedProviderVersionNumber: row.number },
        }))
      : [plan],
  );
}

/** Looks up only the Pact triggers some fired subscription's names depend on. */
async function pactTriggers(
  db: Db,
  type: string,
  facts: EventFacts,
  fired: readonly { events: readonly string[] }[],
  republished: boolean,
): Promise<PactTriggers> {
  // A republication has the content the version already had: it changed nothing (Pact Broker's rule).
  const needed = { ...triggersNeeded(type, fired), ...(republished && { contentChanged: false }) };
  const store = pactTriggersStore(db);
  const { contractId, provider, contractSha } = facts;
  return {
    contentChanged:
      needed.contentChanged && contractId !== undefined && (await store.contentChanged(contractId)),
    requiredVerifications:
      needed.requiredVerifications && provider !== undefined && contractSha !== undefined
        ? requiredVerifications(await store.verificationCandidates(provider, contractSha))
        : [],
    republished,
  };
}
