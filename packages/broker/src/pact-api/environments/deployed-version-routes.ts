import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { access } from '../../auth/route-access.js';
import type { BrokerDeps } from '../../deps.js';
import { name } from '../../http/schemas.js';
import { recordDeployment, recordEnd, recordRelease } from '../../deployments/record-deployment.js';
import { NotFoundError } from '../../errors/broker-error.js';
import type { DeployedVersion } from '../../store/index.js';
import { parsePactBody } from '../errors/parse-pact-body.js';
import { halFor, sendHal } from '../hal/hal.js';
import { deployedVersionResource } from './deployed-version-resource.js';
import { environmentByUuid } from './environment-uuid.js';

type Record_ = { Params: { pacticipant: string; version: string; uuid: string } };
type Current = {
  Params: { uuid: string };
  Querystring: { pacticipant?: string; applicationInstance?: string };
};
type One = { Params: { id: string } };

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
  for (const kind of ['deployed', 'released'] as const) {
    app.post<Record_>(
      `${base}/${kind}-versions/environment/:uuid`,
      access('write'),
      async (request, reply) => {
        const body = parsePactBody(recordBody, request.body);
        const environment = await environmentByUuid(deps.store, request.params.uuid);
        const input = {
          environment: environment.name,
          service: request.params.pacticipant,
          version: request.params.version,
          applicationInstance: body.applicationInstance ?? body.target ?? undefined,
        };
        const row =
          kind === 'deployed' ? await recordDeployment(deps.store, input) : await recordRelease(deps.store, input);
        return sendHal(reply, deployedVersionResource(halFor(request), row, environment), 201);
      },
    );
  }

  const current =
    (kind: DeployedVersion['kind'], key: string) =>
    async (request: FastifyRequest<Current>, reply: FastifyReply) => {
      const environment = await environmentByUuid(deps.store, request.params.uuid);
      const { pacticipant, applicationInstance } = request.query;
      const rows = (await deps.store.deployedVersions.current({ environmentId: environment.id })).filter(
        (row) =>
          row.kind === kind &&
          (pacticipant === undefined || row.service === pacticipant) &&
          (applicationInstance === undefined || row.applicationInstance === applicationInstance),
      );
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
    app.get<One>(path, access('read'), async (request, reply) => {
      const { row, environment } = await find(deps, request.params.id, kind);
      return sendHal(reply, deployedVersionResource(halFor(request), row, environment));
    });
    app.patch<One>(path, access('write'), async (request, reply) => {
      const body = parsePactBody(endBody, request.body);
      const { row, environment } = await find(deps, request.params.id, kind);
      const ending = body.currentlyDeployed === false || body.currentlySupported === false;
      if (ending && row.endedAt === null) {
        const input = {
          environment: environment.name,
          service: row.service,
          version: row.version,
          applicationInstance: row.applicationInstance,
        };
        await recordEnd(deps.store, input, kind);
      }
      const fresh = await find(deps, request.params.id, kind);
      return sendHal(reply, deployedVersionResource(halFor(request), fresh.row, fresh.environment));
    });
  }
}

async function find(deps: BrokerDeps, id: string, kind: DeployedVersion['kind']) {
  const row = /^\d{1,9}$/.test(id) ? await deps.store.deployedVersions.find(Number(id)) : undefined;
  if (row === undefined || row.kind !== kind)
    throw new NotFoundError(
      `${kind}.not-found`,
      `no ${kind === 'deployment' ? 'deployed' : 'released'} version ${id}`,
    );
  return { row, environment: await environmentByUuid(deps.store, row.environment) };
}
