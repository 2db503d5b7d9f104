import { recordDeployment, recordEnd, recordRelease } from '../../deployments/record-deployment.js';
import { NotFoundError } from '../../errors/broker-error.js';
import type { DeployedVersion, Environment, Store } from '../../store/index.js';
import { environmentByUuid } from './environment-uuid.js';

/** A deployed or released version with its environment. */
export interface DeployedVersionView {
  row: DeployedVersion;
  environment: Environment;
}

export interface RecordInput {
  kind: DeployedVersion['kind'];
  /** The environment's uuid (or name). */
  environment: string;
  pacticipant: string;
  version: string;
  applicationInstance?: string;
}

/**
 * Records a deployment (replacing the instance's previous one) or a release, with the same domain functions as
 * `/api/v1`; 404s for an unknown environment, pacticipant or version.
 *
 * @example
 * ```ts
 * const { row } = await recordDeployedVersion(store, { kind: 'deployment', environment: uuid, pacticipant: 'web', version: 'w1' });
 * ```
 */
export async function recordDeployedVersion(store: Store, input: RecordInput): Promise<DeployedVersionView> {
  const environment = await environmentByUuid(store, input.environment);
  const deployment = {
    environment: environment.name,
    service: input.pacticipant,
    version: input.version,
    applicationInstance: input.applicationInstance,
  };
  const row =
    input.kind === 'deployment'
      ? await recordDeployment(store, deployment)
      : await recordRelease(store, deployment);
  return { row, environment };
}

export interface CurrentFilter {
  kind: DeployedVersion['kind'];
  environment: string;
  pacticipant?: string;
  applicationInstance?: string;
}

/** What is currently deployed (or supported) in the environment, optionally of one pacticipant or instance. */
export async function currentDeployedVersions(
  store: Store,
  filter: CurrentFilter,
): Promise<{ environment: Environment; rows: DeployedVersion[] }> {
  const environment = await environmentByUuid(store, filter.environment);
  const { kind, pacticipant, applicationInstance } = filter;
  const rows = (await store.deployedVersions.current({ environmentId: environment.id })).filter(
    (row) =>
      row.kind === kind &&
      (pacticipant === undefined || row.service === pacticipant) &&
      (applicationInstance === undefined || row.applicationInstance === applicationInstance),
  );
  return { environment, rows };
}

/** The deployed (or released) version with this id, or a 404 (also for an id of the other kind). */
export async function getDeployedVersion(
  store: Store,
  id: string,
  kind: DeployedVersion['kind'],
): Promise<DeployedVersionView> {
  const row = /^\d{1,9}$/.test(id) ? await store.deployedVersions.find(Number(id)) : undefined;
  if (row === undefined || row.kind !== kind)
    throw new NotFoundError(
      `${kind}.not-found`,
      `no ${kind === 'deployment' ? 'deployed' : 'released'} version ${id}`,
    );
  return { row, environment: await environmentByUuid(store, row.environment) };
}

/**
 * Ends the deployment (or release support) when `end` and it is still current; either way answers it as it now
 * is. A 404 for an unknown id.
 */
export async function updateDeployedVersion(
  store: Store,
  id: string,
  kind: DeployedVersion['kind'],
  end: boolean,
): Promise<DeployedVersionView> {
  const { row, environment } = await getDeployedVersion(store, id, kind);
  if (!end || row.endedAt !== null) return { row, environment };
  const input = {
    environment: environment.name,
    service: row.service,
    version: row.version,
    applicationInstance: row.applicationInstance,
  };
  await recordEnd(store, input, kind);
  return getDeployedVersion(store, id, kind);
}
