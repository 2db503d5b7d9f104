import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../../deps.js';
import { NotFoundError } from '../../errors/broker-error.js';
import { refName } from '../../http/schemas.js';
import { findService, findVersion } from '../../services/find-service.js';
import { allPages, type Version } from '../../store/index.js';
import { ensureVersion } from '../../versions/ensure-version.js';
import { parsePactBody } from '../errors/parse-pact-body.js';
import { halFor, sendHal } from '../hal/hal.js';
import { versionsPath } from '../hal/paths.js';
import { versionResource } from './version-resource.js';
import { access } from '../../auth/route-access.js';

type P = { Params: { pacticipant: string; version: string; tag: string } };

const versionBody = z.object({
  branch: refName.optional(),
  buildUrl: z.string().max(2000).optional(),
  tags: z.array(refName).max(50).optional(),
});

/** Versions: list, get, create-or-update (PUT), and the latest (optionally with a tag). */
export function versionRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  const send = async (reply: FastifyReply, version: Version, status = 200) =>
    sendHal(
      reply,
      versionResource(halFor(reply.request), version, await deps.store.pact.environments.all()),
      status,
    );

  app.get<P>('/pacticipants/:pacticipant/versions', access('read'), async (request, reply) => {
    const service = await findService(deps.store, request.params.pacticipant);
    const all = await allPages((page) => deps.store.versions.list(service.id, page));
    const hal = halFor(request);
    const environments = await deps.store.pact.environments.all();
    const versions = all.map((version) => versionResource(hal, version, environments));
    return sendHal(reply, {
      _embedded: { versions },
      _links: { self: hal.link(versionsPath(service.name)) },
    });
  });

  app.get<P>('/pacticipants/:pacticipant/versions/:version', access('read'), async (request, reply) =>
    send(reply, await findVersion(deps.store, request.params.pacticipant, request.params.version)),
  );

  app.put<P>('/pacticipants/:pacticipant/versions/:version', access('write'), async (request, reply) => {
    const body = parsePactBody(versionBody, request.body);
    const { pacticipant, version: number } = request.params;
    const existed = (await deps.store.versions.find(pacticipant, number)) !== undefined;
    const version = await deps.store.transaction(async (store) =>
      ensureVersion(store, await store.services.ensure(pacticipant), {
        number,
        branch: body.branch,
        tags: body.tags,
      }),
    );
    return send(reply, version, existed ? 200 : 201);
  });

  app.get<P>('/pacticipants/:pacticipant/latest-version', access('read'), async (request, reply) => {
    const service = await findService(deps.store, request.params.pacticipant);
    const latest = await deps.store.versions.latest(service.id);
    if (latest === undefined) throw new NotFoundError('version.not-found', `${service.name} has no versions`);
    return send(reply, latest);
  });

  app.get<P>('/pacticipants/:pacticipant/latest-version/:tag', access('read'), async (request, reply) => {
    const service = await findService(deps.store, request.params.pacticipant);
    const id = await deps.store.pact.pacticipants.latestTaggedVersionId(service.id, request.params.tag);
    const latest = id === undefined ? undefined : await deps.store.versions.findById(id);
    if (latest === undefined)
      throw new NotFoundError(
        'version.not-found',
        `${service.name} has no version tagged "${request.params.tag}"`,
      );
    return send(reply, latest);
  });
}
