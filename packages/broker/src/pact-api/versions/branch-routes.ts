import type { FastifyInstance } from 'fastify';
import type { BrokerDeps } from '../../deps.js';
import { NotFoundError } from '../../errors/broker-error.js';
import { findService, findVersion } from '../../services/find-service.js';
import { ensureVersion } from '../../versions/ensure-version.js';
import type { Hal } from '../hal/hal.js';
import { halFor, sendHal } from '../hal/hal.js';
import { branchPath, branchVersionPath, pacticipantPath, versionPath } from '../hal/paths.js';
import { access } from '../../auth/route-access.js';

type P = { Params: { pacticipant: string; branch: string; version: string } };

const branchResource = (hal: Hal, pacticipant: string, branch: string) => ({
  name: branch,
  _links: {
    self: hal.link(branchPath(pacticipant, branch), { name: branch }),
    'pb:pacticipant': hal.link(pacticipantPath(pacticipant), { name: pacticipant }),
  },
});

const branchVersionResource = (hal: Hal, pacticipant: string, branch: string, version: string) => ({
  name: branch,
  _links: {
    self: hal.link(branchVersionPath(pacticipant, branch, version)),
    'pb:version': hal.link(versionPath(pacticipant, version), { name: version }),
    'pb:branch': hal.link(branchPath(pacticipant, branch), { name: branch }),
  },
});

/**
 * Branches and branch versions. A Signet version has one branch: `PUT` sets it when the version has none
 * (creating the version if needed, as verifiers expect) and leaves an existing one. `DELETE` takes the branch off
 * its versions.
 */
export function branchRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get<P>('/pacticipants/:pacticipant/branches', access('read'), async (request, reply) => {
    const service = await findService(deps.store, request.params.pacticipant);
    const hal = halFor(request);
    const branches = (await deps.store.pact.pacticipants.branches(service.id)).map((branch) =>
      branchResource(hal, service.name, branch.name),
    );
    return sendHal(reply, {
      _embedded: { branches },
      _links: { self: hal.link(`${pacticipantPath(service.name)}/branches`) },
    });
  });

  app.get<P>('/pacticipants/:pacticipant/branches/:branch', access('read'), async (request, reply) => {
    const service = await findService(deps.store, request.params.pacticipant);
    const known = (await deps.store.pact.pacticipants.branches(service.id)).some(
      (b) => b.name === request.params.branch,
    );
    if (!known)
      throw new NotFoundError('branch.not-found', `${service.name} has no branch "${request.params.branch}"`);
    return sendHal(reply, branchResource(halFor(request), service.name, request.params.branch));
  });

  app.get<P>(
    '/pacticipants/:pacticipant/branches/:branch/versions/:version',
    access('read'),
    async (request, reply) => {
      const { pacticipant, branch, version: number } = request.params;
      const version = await findVersion(deps.store, pacticipant, number);
      if (version.branch !== branch)
        throw new NotFoundError(
          'branch-version.not-found',
          `${pacticipant} ${number} is not on branch "${branch}"`,
        );
      return sendHal(reply, branchVersionResource(halFor(request), pacticipant, branch, number));
    },
  );

  app.put<P>(
    '/pacticipants/:pacticipant/branches/:branch/versions/:version',
    access('write'),
    async (request, reply) => {
      const { pacticipant, branch, version: number } = request.params;
      const before = await deps.store.versions.find(pacticipant, number);
      await deps.store.transaction(async (store) =>
        ensureVersion(store, await store.services.ensure(pacticipant), { number, branch }),
      );
      return sendHal(
        reply,
        branchVersionResource(halFor(request), pacticipant, branch, number),
        before?.branch === branch ? 200 : 201,
      );
    },
  );

  // As Pact Broker: the branch goes, its versions (and their pacts and verifications) stay, on no branch.
  app.delete<P>('/pacticipants/:pacticipant/branches/:branch', access('write'), async (request, reply) => {
    const service = await findService(deps.store, request.params.pacticipant);
    const { branch } = request.params;
    const versions = await deps.store.transaction(async (store) =>
      store.pact.pacticipants.deleteBranch(service.id, branch),
    );
    if (versions === 0)
      throw new NotFoundError('branch.not-found', `${service.name} has no branch "${branch}"`);
    return reply.status(204).send();
  });
}
