import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { access } from '../../auth/route-access.js';
import type { BrokerDeps } from '../../deps.js';
import { parse } from '../../http/parse.js';
import { refName } from '../../http/schemas.js';
import { parsePactBody } from '../errors/parse-pact-body.js';
import { halFor, sendHal } from '../hal/hal.js';
import { versionsPath } from '../hal/paths.js';
import { latestTagParams, pacticipantParams, versionParams } from '../params.js';
import { versionResource } from './version-resource.js';
import { getVersion, latestVersion, listVersions, putVersion, type VersionView } from './version-service.js';

const versionBody = z.object({
  branch: refName.optional(),
  // Replaces the version's build URL when given.
  buildUrl: z.string().max(2000).optional(),
  tags: z.array(refName).max(50).optional(),
});

const send = (reply: FastifyReply, { version, environments }: VersionView, status = 200) =>
  sendHal(reply, versionResource(halFor(reply.request), version, environments), status);

/** Versions: list, get, create-or-update (PUT), and the latest (optionally with a tag). */
export function versionRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/pacticipants/:pacticipant/versions', access('read'), async (request, reply) => {
    const { pacticipant } = parse(pacticipantParams, request.params, 'path');
    const { service, versions, environments } = await listVersions(deps.store, pacticipant);
    const hal = halFor(request);
    return sendHal(reply, {
      _embedded: { versions: versions.map((version) => versionResource(hal, version, environments)) },
      _links: { self: hal.link(versionsPath(service.name)) },
    });
  });

  app.get('/pacticipants/:pacticipant/versions/:version', access('read'), async (request, reply) => {
    const { pacticipant, version } = parse(versionParams, request.params, 'path');
    return send(reply, await getVersion(deps.store, pacticipant, version));
  });

  app.put('/pacticipants/:pacticipant/versions/:version', access('write'), async (request, reply) => {
    const body = parsePactBody(versionBody, request.body);
    const { pacticipant, version: number } = parse(versionParams, request.params, 'path');
    const put = await putVersion(deps.store, { pacticipant, number, ...body });
    return send(reply, put, put.created ? 201 : 200);
  });

  app.get('/pacticipants/:pacticipant/latest-version', access('read'), async (request, reply) => {
    const { pacticipant } = parse(pacticipantParams, request.params, 'path');
    return send(reply, await latestVersion(deps.store, pacticipant));
  });

  app.get('/pacticipants/:pacticipant/latest-version/:tag', access('read'), async (request, reply) => {
    const { pacticipant, tag } = parse(latestTagParams, request.params, 'path');
    return send(reply, await latestVersion(deps.store, pacticipant, tag));
  });
}
