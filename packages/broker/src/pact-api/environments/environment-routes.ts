import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../../deps.js';
import { name } from '../../http/schemas.js';
import { createEnvironment } from '../../environments/environments.js';
import { parsePactBody } from '../errors/parse-pact-body.js';
import { PactValidationError } from '../errors/pact-validation-error.js';
import { halFor, sendHal } from '../hal/hal.js';
import { environmentResource } from './environment-resource.js';
import { environmentByUuid } from './environment-uuid.js';
import { access } from '../../auth/route-access.js';

const environmentBody = z.object({
  name,
  displayName: z.string().max(200).nullish(),
  production: z.boolean().optional(),
  contacts: z.array(z.record(z.string(), z.unknown())).max(50).optional(),
});

const taken = (name: string) =>
  new PactValidationError({ name: [`Another environment with name '${name}' already exists.`] });

/** `/environments`: create, list (`?name=`), get, update and delete, as `pact broker *-environment` use them. */
export function environmentRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.post('/environments', access('write'), async (request, reply) => {
    const body = parsePactBody(environmentBody, request.body);
    if ((await deps.store.environments.find(body.name)) !== undefined) throw taken(body.name);
    const environment = await createEnvironment(deps.store, {
      name: body.name,
      displayName: body.displayName ?? undefined,
      production: body.production,
    });
    await deps.store.pact.environments.setContacts(environment.id, body.contacts ?? []);
    return sendHal(reply, await environmentResource(halFor(request), deps.store, environment), 201);
  });

  app.get<{ Querystring: { name?: string } }>('/environments', access('read'), async (request, reply) => {
    const hal = halFor(request);
    const wanted = request.query.name;
    const all = (await deps.store.pact.environments.all()).filter(
      (e) => wanted === undefined || e.name === wanted,
    );
    const environments = [];
    for (const environment of all) environments.push(await environmentResource(hal, deps.store, environment));
    return sendHal(reply, { _embedded: { environments }, _links: { self: hal.link('/environments') } });
  });

  app.get<{ Params: { uuid: string } }>('/environments/:uuid', access('read'), async (request, reply) => {
    const environment = await environmentByUuid(deps.store, request.params.uuid);
    return sendHal(reply, await environmentResource(halFor(request), deps.store, environment));
  });

  app.put<{ Params: { uuid: string } }>('/environments/:uuid', access('write'), async (request, reply) => {
    const environment = await environmentByUuid(deps.store, request.params.uuid);
    const body = parsePactBody(environmentBody, request.body);
    const updated = await deps.store.transaction(async (store) =>
      store.pact.environments.update(environment.id, {
        name: body.name,
        displayName: body.displayName ?? body.name,
        production: body.production ?? environment.production,
        contacts: body.contacts ?? [],
      }),
    );
    if (!updated) throw taken(body.name);
    const fresh = await environmentByUuid(deps.store, request.params.uuid);
    return sendHal(reply, await environmentResource(halFor(request), deps.store, fresh));
  });

  // As Pact Broker: the environment goes, and with it the record of what was deployed or released there.
  app.delete<{ Params: { uuid: string } }>('/environments/:uuid', access('write'), async (request, reply) => {
    const environment = await environmentByUuid(deps.store, request.params.uuid);
    await deps.store.transaction(async (store) => store.pact.environments.delete(environment.id));
    return reply.status(204).send();
  });
}
