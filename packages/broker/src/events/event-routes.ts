import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { parse } from '../http/parse.js';
import { renderEvent, renderPage } from '../http/render.js';
import { name, pageQuery } from '../http/schemas.js';
import { findService } from '../services/find-service.js';
import { access } from '../auth/route-access.js';

const eventQuery = pageQuery.extend({
  service: name.optional(),
  type: z.string().min(1).max(100).optional(),
});

/** `/events`: the timeline, newest first, filtered by service and type. */
export function eventRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/events', access('read'), async (request) => {
    const query = parse(eventQuery, request.query, 'query');
    const service = query.service === undefined ? undefined : await findService(deps.store, query.service);
    return renderPage(
      await deps.store.events.list({ serviceId: service?.id, type: query.type }, query),
      renderEvent,
    );
  });
}
