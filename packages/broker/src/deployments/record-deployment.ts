import { findEnvironment } from '../environments/environments.js';
import { NotFoundError } from '../errors/broker-error.js';
import { findVersion } from '../services/find-service.js';
import type { DeployedVersion, Store } from '../store/index.js';

export interface DeploymentInput {
  environment: string;
  service: string;
  version: string;
  /** Distinguishes instances of one service deployed side by side in one environment (default: one). */
  applicationInstance?: string;
}

/** Records that the version now runs in the environment, replacing the instance's previous deployment. */
export async function recordDeployment(store: Store, input: DeploymentInput): Promise<DeployedVersion> {
  const { environment, version } = await resolve(store, input);
  return store.transaction(async (tx) => {
    const deployed = await tx.deployedVersions.deploy(
      { serviceId: version.serviceId, versionId: version.id, environmentId: environment.id },
      input.applicationInstance ?? '',
    );
    await tx.events.append('deployment.recorded', version.serviceId, eventPayload(input));
    return deployed;
  });
}

/** Records that a version is released to the environment (releases accumulate; repeating is harmless). */
export async function recordRelease(store: Store, input: DeploymentInput): Promise<DeployedVersion> {
  const { environment, version } = await resolve(store, input);
  return store.transaction(async (tx) => {
    const released = await tx.deployedVersions.release({
      serviceId: version.serviceId,
      versionId: version.id,
      environmentId: environment.id,
    });
    await tx.events.append('release.recorded', version.serviceId, eventPayload(input));
    return released;
  });
}

/** Ends the version's current deployment (`deployment`) or release support (`release`); 404 when there is none. */
export async function recordEnd(
  store: Store,
  input: DeploymentInput,
  kind: DeployedVersion['kind'],
): Promise<void> {
  const { environment, version } = await resolve(store, input);
  await store.transaction(async (tx) => {
    const ended = await tx.deployedVersions.end(
      version.id,
      environment.id,
      kind,
      input.applicationInstance,
    );
    if (ended === 0) {
      const what = kind === 'deployment' ? 'currently deployed' : 'a currently supported release';
      throw new NotFoundError(
        `${kind}.not-current`,
        `${input.service} ${input.version} is not ${what} in ${input.environment}`,
      );
    }
    const type = kind === 'deployment' ? 'undeployment.recorded' : 'support-ended.recorded';
    await tx.events.append(type, version.serviceId, eventPayload(input));
  });
}

async function resolve(store: Store, input: DeploymentInput) {
  const environment = await findEnvironment(store, input.environment);
  const version = await findVersion(store, input.service, input.version);
  return { environment, version };
}

function eventPayload(input: DeploymentInput): Record<string, unknown> {
  return {
    service: input.service,
    version: input.version,
    environment: input.environment,
    applicationInstance: input.applicationInstance ?? null,
  };
}
