import type { Db } from '../store/db.js';
import { decodeIdCursor, pageLimit, toPage, type Page, type PageRequest } from '../store/page.js';
import type { Event } from '../store/records.js';

export interface EventFilter {
  serviceId?: number;
  type?: string;
}

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
        .$if(filter.serviceId !== undefined, (q) => q.where('e.service_id', '=', filter.serviceId!))
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
