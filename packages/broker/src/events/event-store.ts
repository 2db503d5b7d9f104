import { sql } from 'kysely';
import type { Db } from '../store/db.js';
import { decodeIdCursor, pageLimit, toPage, type Page, type PageRequest } from '../store/page.js';
import type { Event } from '../store/records.js';

export interface EventFilter {
  /** Events of this service: filed under it, or naming it as the consumer of a comparison or verification. */
  service?: { id: number; name: string };
  type?: string;
  /** Only events created at or after `since`, and before `until`. */
  since?: Date;
  until?: Date;
}

/** Events about a pair, filed under the provider, that a consumer team watches for too ("my contract failed"). */
const pairEventTypes = ['comparison.succeeded', 'comparison.failed', 'verification.succeeded', 'verification.failed'];

/** The timeline: append-only, listed newest first. */
export function eventStore(db: Db) {
  return {
    async append(type: string, serviceId: number | null, payload: Record<string, unknown>): Promise<void> {
      await db
        .insertInto('events')
        .values({ type, service_id: serviceId, payload: JSON.stringify(payload) })
        .execute();
    },

    async list(filter: EventFilter, request: PageRequest): Promise<Page<Event>> {
      const limit = pageLimit(request);
      const before = decodeIdCursor(request.cursor);
      const rows = await db
        .selectFrom('events as e')
        .leftJoin('services as s', 's.id', 'e.service_id')
        .select(['e.id', 'e.type', 's.name as service', 'e.payload', 'e.created_at as createdAt'])
        .$if(filter.service !== undefined, (q) =>
          q.where((w) =>
            w.or([
              w('e.service_id', '=', filter.service!.id),
              w.and([w('e.type', 'in', pairEventTypes), w(sql`e.payload->>'consumer'`, '=', filter.service!.name)]),
            ]),
          ),
        )
        .$if(filter.since !== undefined, (q) => q.where('e.created_at', '>=', filter.since!))
        .$if(filter.until !== undefined, (q) => q.where('e.created_at', '<', filter.until!))
        .$if(filter.type !== undefined, (q) => q.where('e.type', '=', filter.type!))
        .$if(before !== undefined, (q) => q.where('e.id', '<', before!))
        .orderBy('e.id', 'desc')
        .limit(limit + 1)
        .execute();
      return toPage(rows, limit, (row) => row.id);
    },
  };
}

export type EventStore = ReturnType<typeof eventStore>;
