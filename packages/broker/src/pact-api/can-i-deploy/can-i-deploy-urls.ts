import type { BrokerDeps } from '../../deps.js';
import { NotFoundError } from '../../errors/broker-error.js';
import { findService } from '../../services/find-service.js';
import { answerMatrixQuery } from '../matrix/matrix-service.js';
import { latestVersion } from '../versions/version-service.js';

/** The matrix answer the URL forms share with `/matrix` (its `summary.deployable` is what a badge shows). */
export type CanIDeployAnswer = Awaited<ReturnType<typeof answerMatrixQuery>>;

/**
 * `GET /pacticipants/{p}/latest-version/{tag}/can-i-deploy/to/{to}`: the latest version with `tag` against the
 * latest version of each other pacticipant with the tag `to`, as `can-i-deploy --pacticipant p --latest tag
 * --to to` asks `/matrix`. A 404 when the pacticipant or a version with `tag` is missing (the Pact Broker's
 * resource does not exist then); an unknown `to` tag is answered, with nothing of the others to count.
 *
 * @example
 * ```ts
 * const answer = await canIDeployTagToTag(deps, { pacticipant: 'web', tag: 'main', to: 'prod' });
 * ```
 */
export async function canIDeployTagToTag(
  deps: BrokerDeps,
  input: { pacticipant: string; tag: string; to: string },
): Promise<CanIDeployAnswer> {
  const { version } = await latestVersion(deps.store, input.pacticipant, input.tag);
  return answerMatrixQuery(deps, {
    selectors: [{ pacticipant: version.service, version: version.number }],
    latestby: 'cvp',
    others: { latest: true, tag: input.to },
    ignore: [],
  });
}

/**
 * `GET /pacticipants/{p}/branches/{b}/latest-version/can-i-deploy/to-environment/{e}`: the latest version on
 * the branch deployed to the environment, answered as `/matrix?…&environment=e` answers it. A 404 names what
 * is missing: the pacticipant, the branch (no version on it) or the environment.
 *
 * @example
 * ```ts
 * const answer = await canIDeployBranchToEnvironment(deps, { pacticipant: 'web', branch: 'feat/x', environment: 'prod' });
 * ```
 */
export async function canIDeployBranchToEnvironment(
  deps: BrokerDeps,
  input: { pacticipant: string; branch: string; environment: string },
): Promise<CanIDeployAnswer> {
  const service = await findService(deps.store, input.pacticipant);
  const version = await deps.store.versions.latest(service.id, input.branch);
  if (version === undefined)
    throw new NotFoundError('branch.not-found', `${service.name} has no branch "${input.branch}"`);
  if ((await deps.store.environments.find(input.environment)) === undefined)
    throw new NotFoundError('environment.not-found', `no environment named "${input.environment}"`);
  return answerMatrixQuery(deps, {
    selectors: [{ pacticipant: service.name, version: version.number }],
    latestby: 'cvpv',
    environment: input.environment,
    ignore: [],
  });
}
