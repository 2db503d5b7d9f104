import { sql } from 'kysely';
import type { Db } from '../../store/db.js';
import { decodeIdCursor, pageLimit, toPage, type Page, type PageRequest } from '../../store/page.js';
import { textArray, withWebhookTables } from './webhook-tables.js';

/** A webhook subscription as stored (the secret and header values in clear: the API redacts them). */
export interface WebhookSubscription {
  id: number;
  /** The Pact API's name of the webhook (random unless its creator chose it). */
  uuid: string;
  description: string | null;
  events: string[];
  service: string | null;
  consumer: string | null;
  provider: string | null;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
  secret: string | null;
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type SubscriptionFields = Omit<WebhookSubscription, 'id' | 'uuid' | 'createdAt' | 'updatedAt'>;

const columns = [
  'id',
  'uuid',
  'description',
  'events',
  'service',
  'consumer',
  'provider',
  'method',
  'url',
  'headers',
  'body',
  'secret',
  'enabled',
  'created_at as createdAt',
  'updated_at as updatedAt',
] as const;

const row = (fields: Partial<SubscriptionFields>) => {
  const { events, headers, ...rest } = fields;
  return {
    ...rest,
    ...(events === undefined ? {} : { events: textArray(events) }),
    ...(headers === undefined ? {} : { headers: JSON.stringify(headers) }),
  };
};

/** Webhook subscriptions, listed oldest first. */
export function webhookSubscriptionStore(db: Db) {
  const wdb = withWebhookTables(db);
  return {
    /** Creates it, named `uuid` when given (else a random uuid). */
    async create(fields: SubscriptionFields, uuid?: string): Promise<WebhookSubscription> {
      const { events, headers, ...rest } = fields;
      return wdb
        .insertInto('webhook_subscriptions')
        .values({
          ...rest,
          ...(uuid !== undefined && { uuid }),
          events: textArray(events),
          headers: JSON.stringify(headers),
        })
        .returning(columns)
        .executeTakeFirstOrThrow();
    },

    /**
     * Holds, until the open transaction ends, the lock on the name `uuid`: concurrent transactions that look a
     * uuid up and create it when absent take it first, so the second sees the first's webhook.
     */
    async lockUuid(uuid: string): Promise<void> {
      await sql`select pg_advisory_xact_lock(hashtext(${`webhook-uuid:${uuid}`}))`.execute(db);
    },

    async find(id: number): Promise<WebhookSubscription | undefined> {
      return wdb.selectFrom('webhook_subscriptions').select(columns).where('id', '=', id).executeTakeFirst();
    },

    async findByUuid(uuid: string): Promise<WebhookSubscription | undefined> {
      return wdb
        .selectFrom('webhook_subscriptions')
        .select(columns)
        .where('uuid', '=', uuid)
        .executeTakeFirst();
    },

    /** Changes the given fields; undefined when there is no such subscription. */
    async update(id: number, fields: Partial<SubscriptionFields>): Promise<WebhookSubscription | undefined> {
      return wdb
        .updateTable('webhook_subscriptions')
        .set({ ...row(fields), updated_at: new Date() })
        .where('id', '=', id)
        .returning(columns)
        .executeTakeFirst();
    },

    /** Deletes it with its deliveries and their log; false when there is none. */
    async delete(id: number): Promise<boolean> {
      const result = await wdb.deleteFrom('webhook_subscriptions').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async list(request: PageRequest): Promise<Page<WebhookSubscription>> {
      const limit = pageLimit(request);
      const after = decodeIdCursor(request.cursor);
      const rows = await wdb
        .selectFrom('webhook_subscriptions')
        .select(columns)
        .$if(after !== undefined, (query) => query.where('id', '>', after!))
        .orderBy('id')
        .limit(limit + 1)
        .execute();
      return toPage(rows, limit, (item) => item.id);
    },
  };
}

export type WebhookSubscriptionStore = ReturnType<typeof webhookSubscriptionStore>;
