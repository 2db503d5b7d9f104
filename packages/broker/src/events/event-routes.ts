import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { parse } from '../http/parse.js';
import { renderEvent, renderPage } from '../http/render.js';
import { name, pageQuery } from '../http/schemas.js';
import { findService } from '../services/find-service.js';
import { access } from '../auth/route-access.js';

/** A date (`2026-12-01`, the start of that day in UTC) or a date-time with its offset. */
const instant = z.union([z.iso.date(), z.iso.datetime({ offset: true })]).transform((text) => new Date(text));

const eventQuery = pageQuery.extend({
  service: name.optional(),
  type: z.string().min(1).max(100).optional(),
  since: instant.optional(),
  until: instant.optional(),
});

/** `/events`: the timeline, newest first, filtered by service, type and time. */
export function eventRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/events', access('read'), async (request) => {
    const query = parse(eventQuery, request.query, 'query');
    const service = query.service === undefined ? undefined : await findService(deps.store, query.service);
    return renderPage(
      await deps.store.events.list(
        {
          service: service && { id: service.id, name: service.name },
          type: query.type,
          since: query.since,
          until: query.until,
        },
        query,
      ),
      renderEvent,
    );
  });
}
