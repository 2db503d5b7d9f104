import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { access } from '../../auth/route-access.js';
import type { BrokerDeps } from '../../deps.js';
import { parse } from '../../http/parse.js';
import { name, refName } from '../../http/schemas.js';
import { parsePactBody } from '../errors/parse-pact-body.js';
import { halFor, sendHal } from '../hal/hal.js';
import { pacticipantResource } from './pacticipant-resource.js';
import { getPacticipant, listPacticipants, upsertPacticipant } from './pacticipant-service.js';

const nameParams = z.object({ name });

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
    const pacticipants = (await listPacticipants(deps.store)).map((found) => pacticipantResource(hal, found));
    return sendHal(reply, {
      _embedded: { pacticipants },
      // Pact Broker's deprecated unembedded copy: `pact broker list-pacticipants` prints its table from it.
      pacticipants,
      _links: { self: hal.link('/pacticipants') },
    });
  });

  app.get('/pacticipants/:name', access('read'), async (request, reply) => {
    const params = parse(nameParams, request.params, 'path');
    return sendHal(
      reply,
      pacticipantResource(halFor(request), await getPacticipant(deps.store, params.name)),
    );
  });

  app.post('/pacticipants', access('write'), async (request, reply) => {
    const body = parsePactBody(pacticipantBody.required({ name: true }), request.body);
    return upsert(reply, body.name, body, request.body);
  });

  for (const method of ['put', 'patch'] as const) {
    app[method]('/pacticipants/:name', access('write'), async (request, reply) => {
      const body = parsePactBody(pacticipantBody, request.body);
      const params = parse(nameParams, request.params, 'path');
      return upsert(reply, params.name, body, request.body);
    });
  }

  async function upsert(
    reply: FastifyReply,
    serviceName: string,
    body: z.infer<typeof pacticipantBody>,
    raw: unknown,
  ) {
    const { pacticipant, created } = await upsertPacticipant(deps.store, {
      name: serviceName,
      displayName: body.displayName,
      repositoryUrl: body.repositoryUrl,
      // Only an explicit `mainBranch` key changes it (merge-patch: absent keys are left alone).
      mainBranch: has(raw, 'mainBranch') ? (body.mainBranch ?? null) : undefined,
    });
    return sendHal(reply, pacticipantResource(halFor(reply.request), pacticipant), created ? 201 : 200);
  }
}

function has(body: unknown, key: string): boolean {
  return typeof body === 'object' && body !== null && key in body;
}
