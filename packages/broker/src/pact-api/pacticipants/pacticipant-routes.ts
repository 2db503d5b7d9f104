import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../../deps.js';
import { name, refName } from '../../http/schemas.js';
import { findService } from '../../services/find-service.js';
import { allPages, type Service } from '../../store/index.js';
import { parsePactBody } from '../errors/parse-pact-body.js';
import { halFor, sendHal } from '../hal/hal.js';
import { pacticipantResource } from './pacticipant-resource.js';
import { access } from '../../auth/route-access.js';

const pacticipantBody = z.object({
  name: name.optional(),
  displayName: z.string().max(200).nullish(),
  repositoryUrl: z.string().max(2000).nullish(),
  mainBranch: refName.nullish(),
});

/** `/pacticipants`: list, get, and create-or-update (POST, PUT, PATCH) including `mainBranch`. */
export function pacticipantRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/pacticipants', access('read'), async (request, reply) => {
    const hal = halFor(request);
    const services = await allServices(deps);
    const pacticipants = [];
    for (const service of services) pacticipants.push(await pacticipantResource(hal, deps.store, service));
    return sendHal(reply, {
      _embedded: { pacticipants },
      // Pact Broker's deprecated unembedded copy: `pact broker list-pacticipants` prints its table from it.
      pacticipants,
      _links: { self: hal.link('/pacticipants') },
    });
  });

  app.get<{ Params: { name: string } }>('/pacticipants/:name', access('read'), async (request, reply) => {
    const service = await findService(deps.store, request.params.name);
    return sendHal(reply, await pacticipantResource(halFor(request), deps.store, service));
  });

  app.post('/pacticipants', access('write'), async (request, reply) => {
    const body = parsePactBody(pacticipantBody.required({ name: true }), request.body);
    return upsert(request.body, body.name, body, reply);
  });

  for (const method of ['put', 'patch'] as const) {
    app[method]<{ Params: { name: string } }>(
      '/pacticipants/:name',
      access('write'),
      async (request, reply) => {
        const body = parsePactBody(pacticipantBody, request.body);
        return upsert(request.body, request.params.name, body, reply);
      },
    );
  }

  async function upsert(
    raw: unknown,
    serviceName: string,
    body: z.infer<typeof pacticipantBody>,
    reply: Parameters<typeof sendHal>[0],
  ) {
    const existed = (await deps.store.services.find(serviceName)) !== undefined;
    const service = await deps.store.transaction(async (store) => {
      const ensured = await store.services.ensure(serviceName);
      await store.pact.pacticipants.update(ensured.id, {
        displayName: body.displayName,
        repositoryUrl: body.repositoryUrl,
        // Only an explicit `mainBranch` key changes it (merge-patch: absent keys are left alone).
        mainBranch: has(raw, 'mainBranch') ? (body.mainBranch ?? null) : undefined,
      });
      return (await store.services.find(serviceName))!;
    });
    const hal = halFor(reply.request);
    return sendHal(reply, await pacticipantResource(hal, deps.store, service), existed ? 200 : 201);
  }
}

function has(body: unknown, key: string): boolean {
  return typeof body === 'object' && body !== null && key in body;
}

function allServices(deps: BrokerDeps): Promise<Service[]> {
  return allPages((page) => deps.store.services.list(page));
}
