import type { FastifyInstance } from 'fastify';
import type { BrokerDeps } from '../../deps.js';
import { NotFoundError } from '../../errors/broker-error.js';
import { findVersion } from '../../services/find-service.js';
import type { Version } from '../../store/index.js';
import { ensureVersion } from '../../versions/ensure-version.js';
import { halFor, sendHal } from '../hal/hal.js';
import { tagResource } from './version-resource.js';
import { access } from '../../auth/route-access.js';

type P = { Params: { pacticipant: string; version: string; tag: string } };

/** Version tags: `PUT` creates the tag (and the version, as Pact Broker does); `GET` reads it; `DELETE` removes it. */
export function tagRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.put<P>(
    '/pacticipants/:pacticipant/versions/:version/tags/:tag',
    access('write'),
    async (request, reply) => {
      const { pacticipant, version: number, tag } = request.params;
      const before = await deps.store.versions.find(pacticipant, number);
      const version = await deps.store.transaction(async (store) =>
        ensureVersion(store, await store.services.ensure(pacticipant), { number, tags: [tag] }),
      );
      const created = before === undefined || !before.tags.includes(tag);
      return sendHal(reply, tagResource(halFor(request), version, tag), created ? 201 : 200);
    },
  );

  app.get<P>(
    '/pacticipants/:pacticipant/versions/:version/tags/:tag',
    access('read'),
    async (request, reply) => {
      const version = await findVersion(deps.store, request.params.pacticipant, request.params.version);
      if (!version.tags.includes(request.params.tag)) throw noTag(version, request.params.tag);
      return sendHal(reply, tagResource(halFor(request), version, request.params.tag));
    },
  );

  app.delete<P>(
    '/pacticipants/:pacticipant/versions/:version/tags/:tag',
    access('write'),
    async (request, reply) => {
      const version = await findVersion(deps.store, request.params.pacticipant, request.params.version);
      const deleted = await deps.store.transaction(async (store) =>
        store.pact.pacticipants.deleteTag(version.id, request.params.tag),
      );
      if (!deleted) throw noTag(version, request.params.tag);
      return reply.status(204).send();
    },
  );
}

const noTag = (version: Version, tag: string) =>
  new NotFoundError('tag.not-found', `${version.service} ${version.number} has no tag "${tag}"`);
