import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { access } from '../../auth/route-access.js';
import type { BrokerDeps } from '../../deps.js';
import { parse } from '../../http/parse.js';
import { name } from '../../http/schemas.js';
import type { DeployedVersion } from '../../store/index.js';
import { parsePactBody } from '../errors/parse-pact-body.js';
import { halFor, sendHal } from '../hal/hal.js';
import { idParams, uuidParams, versionParams } from '../params.js';
import { deployedVersionResource } from './deployed-version-resource.js';
import {
  currentDeployedVersions,
  getDeployedVersion,
  recordDeployedVersion,
  updateDeployedVersion,
} from './deployed-version-service.js';

type Current = { Querystring: { pacticipant?: string; applicationInstance?: string } };

const recordParams = versionParams.extend(uuidParams.shape);
const recordBody = z.object({
  applicationInstance: name.nullish(),
  target: name.nullish(),
});
const endBody = z.object({
  currentlyDeployed: z.literal(false).optional(),
  currentlySupported: z.literal(false).optional(),
});

/** Recording deployments and releases, listing what is current, and ending one (`PATCH`). */
export function deployedVersionRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  const base = '/pacticipants/:pacticipant/versions/:version';
  for (const [segment, kind] of [
    ['deployed', 'deployment'],
    ['released', 'release'],
  ] as const) {
    app.post(`${base}/${segment}-versions/environment/:uuid`, access('write'), async (request, reply) => {
      const body = parsePactBody(recordBody, request.body);
      const params = parse(recordParams, request.params, 'path');
      const { row, environment } = await recordDeployedVersion(deps.store, {
        kind,
        environment: params.uuid,
        pacticipant: params.pacticipant,
        version: params.version,
        applicationInstance: body.applicationInstance ?? body.target ?? undefined,
      });
      return sendHal(reply, deployedVersionResource(halFor(request), row, environment), 201);
    });
  }

  const current =
    (kind: DeployedVersion['kind'], key: string) =>
    async (request: FastifyRequest<Current>, reply: FastifyReply) => {
      const { uuid } = parse(uuidParams, request.params, 'path');
      const { environment, rows } = await currentDeployedVersions(deps.store, {
        kind,
        environment: uuid,
        pacticipant: request.query.pacticipant,
        applicationInstance: request.query.applicationInstance,
      });
      const hal = halFor(request);
      const items = rows.map((row) => deployedVersionResource(hal, row, environment));
      return sendHal(reply, { _embedded: { [key]: items }, _links: { self: hal.link(request.url) } });
    };
  app.get<Current>(
    '/environments/:uuid/deployed-versions/currently-deployed',
    access('read'),
    current('deployment', 'deployedVersions'),
  );
  app.get<Current>(
    '/environments/:uuid/released-versions/currently-supported',
    access('read'),
    current('release', 'releasedVersions'),
  );

  for (const [path, kind] of [
    ['/deployed-versions/:id', 'deployment'],
    ['/released-versions/:id', 'release'],
  ] as const) {
    app.get(path, access('read'), async (request, reply) => {
      const { id } = parse(idParams, request.params, 'path');
      const { row, environment } = await getDeployedVersion(deps.store, id, kind);
      return sendHal(reply, deployedVersionResource(halFor(request), row, environment));
    });
    app.patch(path, access('write'), async (request, reply) => {
      const body = parsePactBody(endBody, request.body);
      const { id } = parse(idParams, request.params, 'path');
      const end = body.currentlyDeployed === false || body.currentlySupported === false;
      const { row, environment } = await updateDeployedVersion(deps.store, id, kind, end);
      return sendHal(reply, deployedVersionResource(halFor(request), row, environment));
    });
  }
}
