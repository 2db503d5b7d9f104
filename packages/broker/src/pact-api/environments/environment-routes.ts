import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { access } from '../../auth/route-access.js';
import type { BrokerDeps } from '../../deps.js';
import { parse } from '../../http/parse.js';
import { name } from '../../http/schemas.js';
import { parsePactBody } from '../errors/parse-pact-body.js';
import { halFor, sendHal } from '../hal/hal.js';
import { uuidParams } from '../params.js';
import { environmentResource } from './environment-resource.js';
import {
  createPactEnvironment,
  deletePactEnvironment,
  getPactEnvironment,
  listPactEnvironments,
  updatePactEnvironment,
  type EnvironmentInput,
} from './environment-service.js';

const environmentBody = z.object({
  name,
  displayName: z.string().max(200).nullish(),
  production: z.boolean().optional(),
  contacts: z.array(z.record(z.string(), z.unknown())).max(50).optional(),
});

const environmentInput = (raw: unknown): EnvironmentInput => {
  const body = parsePactBody(environmentBody, raw);
  return { ...body, displayName: body.displayName ?? undefined };
};

/** `/environments`: create, list (`?name=`), get, update and delete, as `pact broker *-environment` use them. */
export function environmentRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.post('/environments', access('write'), async (request, reply) => {
    const created = await createPactEnvironment(deps.store, environmentInput(request.body));
    return sendHal(reply, environmentResource(halFor(request), created), 201);
  });

  app.get<{ Querystring: { name?: string } }>('/environments', access('read'), async (request, reply) => {
    const hal = halFor(request);
    const environments = (await listPactEnvironments(deps.store, request.query.name)).map((found) =>
      environmentResource(hal, found),
    );
    return sendHal(reply, { _embedded: { environments }, _links: { self: hal.link('/environments') } });
  });

  app.get('/environments/:uuid', access('read'), async (request, reply) => {
    const { uuid } = parse(uuidParams, request.params, 'path');
    return sendHal(reply, environmentResource(halFor(request), await getPactEnvironment(deps.store, uuid)));
  });

  app.put('/environments/:uuid', access('write'), async (request, reply) => {
    const { uuid } = parse(uuidParams, request.params, 'path');
    const updated = await updatePactEnvironment(deps.store, uuid, () => environmentInput(request.body));
    return sendHal(reply, environmentResource(halFor(request), updated));
  });

  // As Pact Broker: the environment goes, and with it the record of what was deployed or released there.
  app.delete('/environments/:uuid', access('write'), async (request, reply) => {
    const { uuid } = parse(uuidParams, request.params, 'path');
    await deletePactEnvironment(deps.store, uuid);
    return reply.status(204).send();
  });
}
