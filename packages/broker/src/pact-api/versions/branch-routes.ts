import type { FastifyInstance } from 'fastify';
import { access } from '../../auth/route-access.js';
import type { BrokerDeps } from '../../deps.js';
import { BadRequestError } from '../../errors/broker-error.js';
import { parse } from '../../http/parse.js';
import type { Hal } from '../hal/hal.js';
import { halFor, sendHal } from '../hal/hal.js';
import { branchPath, branchVersionPath, pacticipantPath, versionPath } from '../hal/paths.js';
import { branchParams, branchVersionParams, pacticipantParams } from '../params.js';
import {
  deleteBranch,
  getBranch,
  getBranchVersion,
  listBranches,
  putBranchVersion,
} from './branch-service.js';

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

const branchVersion = (params: unknown) => {
  const { pacticipant, branch, version } = parse(branchVersionParams, params, 'path');
  return { pacticipant, branch, number: version };
};

/**
 * Branches and branch versions. A Signet version has one branch: `PUT` sets it when the version has none
 * (creating the version if needed, as verifiers expect) and leaves an existing one. `DELETE` takes the branch off
 * its versions.
 */
export function branchRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/pacticipants/:pacticipant/branches', access('read'), async (request, reply) => {
    const { pacticipant } = parse(pacticipantParams, request.params, 'path');
    const { service, branches } = await listBranches(deps.store, pacticipant);
    const hal = halFor(request);
    return sendHal(reply, {
      _embedded: { branches: branches.map((branch) => branchResource(hal, service.name, branch)) },
      _links: { self: hal.link(`${pacticipantPath(service.name)}/branches`) },
    });
  });

  app.get('/pacticipants/:pacticipant/branches/:branch', access('read'), async (request, reply) => {
    const { pacticipant, branch } = parse(branchParams, request.params, 'path');
    const service = await getBranch(deps.store, pacticipant, branch);
    return sendHal(reply, branchResource(halFor(request), service.name, branch));
  });

  const versionPathPattern = '/pacticipants/:pacticipant/branches/:branch/versions/:version';
  app.get(versionPathPattern, access('read'), async (request, reply) => {
    const input = branchVersion(request.params);
    await getBranchVersion(deps.store, input);
    return sendHal(
      reply,
      branchVersionResource(halFor(request), input.pacticipant, input.branch, input.number),
    );
  });

  app.put(versionPathPattern, access('write'), async (request, reply) => {
    const input = branchVersion(request.params);
    const { created } = await putBranchVersion(deps.store, input);
    const resource = branchVersionResource(halFor(request), input.pacticipant, input.branch, input.number);
    return sendHal(reply, resource, created ? 201 : 200);
  });

  app.delete('/pacticipants/:pacticipant/branches/:branch', access('write'), async (request, reply) => {
    const { pacticipant, branch } = parse(branchParams, request.params, 'path');
    await deleteBranch(deps.store, pacticipant, branch);
    return reply.status(204).send();
  });

  // The Pact CLI sends a branch's `/` unencoded (`…/branches/release/1/versions/v1`): the rest of the path is the
  // branch, up to its last `/versions/{version}`.
  const slashed = '/pacticipants/:pacticipant/branches/*';
  app.get<Slashed>(slashed, access('read'), async (request, reply) => {
    const input = slashedBranchPath(request.params);
    const hal = halFor(request);
    if (input.number === undefined) {
      const service = await getBranch(deps.store, input.pacticipant, input.branch);
      return sendHal(reply, branchResource(hal, service.name, input.branch));
    }
    const versionInput = { ...input, number: input.number };
    await getBranchVersion(deps.store, versionInput);
    return sendHal(reply, branchVersionResource(hal, input.pacticipant, input.branch, input.number));
  });
  app.put<Slashed>(slashed, access('write'), async (request, reply) => {
    const input = slashedBranchPath(request.params);
    if (input.number === undefined)
      throw new BadRequestError(
        'branch.version-missing',
        'a branch version is PUT at …/branches/{branch}/versions/{version}',
      );
    const versionInput = { ...input, number: input.number };
    const { created } = await putBranchVersion(deps.store, versionInput);
    const resource = branchVersionResource(halFor(request), input.pacticipant, input.branch, input.number);
    return sendHal(reply, resource, created ? 201 : 200);
  });
  app.delete<Slashed>(slashed, access('write'), async (request, reply) => {
    const input = slashedBranchPath(request.params);
    if (input.number !== undefined)
      throw new BadRequestError(
        'branch.version-delete',
        'a branch is deleted at …/branches/{branch}; its versions are not deleted one by one',
      );
    await deleteBranch(deps.store, input.pacticipant, input.branch);
    return reply.status(204).send();
  });
}

type Slashed = { Params: { pacticipant: string; '*': string } };

function slashedBranchPath(params: Slashed['Params']): {
  pacticipant: string;
  branch: string;
  number?: string;
} {
  const rest = params['*'];
  const at = rest.lastIndexOf('/versions/');
  const [branch, version] =
    at < 0 ? [rest, undefined] : [rest.slice(0, at), rest.slice(at + '/versions/'.length)];
  const parsed = parse(branchParams, { pacticipant: params.pacticipant, branch }, 'path');
  if (version === undefined) return { pacticipant: parsed.pacticipant, branch: parsed.branch };
  const { version: number } = parse(branchVersionParams, { ...parsed, version }, 'path');
  return { pacticipant: parsed.pacticipant, branch: parsed.branch, number };
}
