import type { BrokerDeps } from '../deps.js';
import { findEnvironment } from '../environments/environments.js';
import { NotFoundError } from '../errors/broker-error.js';
import { findVersion } from '../services/find-service.js';
import type { DeployedVersion } from '../store/index.js';

export interface DeploymentInput {
  environment: string;
  service: string;
  version: string;
  /** Distinguishes instances of one service deployed side by side in one environment (default: one). */
  applicationInstance?: string;
}

/** Records that the version now runs in the environment, replacing the instance's previous deployment. */
export async function recordDeployment(deps: BrokerDeps, input: DeploymentInput): Promise<DeployedVersion> {
  const { environment, version } = await resolve(deps, input);
  return deps.store.transaction(async (store) => {
    const deployed = await store.deployedVersions.deploy(
      { serviceId: version.serviceId, versionId: version.id, environmentId: environment.id },
      input.applicationInstance ?? '',
    );
    await store.events.append('deployment.recorded', version.serviceId, eventPayload(input));
    return deployed;
  });
}

/** Records that a version is released to the environment (releases accumulate; repeating is harmless). */
export async function recordRelease(deps: BrokerDeps, input: DeploymentInput): Promise<DeployedVersion> {
  const { environment, version } = await resolve(deps, input);
  return deps.store.transaction(async (store) => {
    const released = await store.deployedVersions.release({
      serviceId: version.serviceId,
      versionId: version.id,
      environmentId: environment.id,
    });
    await store.events.append('release.recorded', version.serviceId, eventPayload(input));
    return released;
  });
}

/** Ends the version's current deployment (`deployment`) or release support (`release`); 404 when there is none. */
export async function recordEnd(
  deps: BrokerDeps,
  input: DeploymentInput,
  kind: DeployedVersion['kind'],
): Promise<void> {
  const { environment, version } = await resolve(deps, input);
  await deps.store.transaction(async (store) => {
    const ended = await store.deployedVersions.end(
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
    await store.events.append(type, version.serviceId, eventPayload(input));
  });
}

async function resolve(deps: BrokerDeps, input: DeploymentInput) {
  const environment = await findEnvironment(deps.store, input.environment);
  const version = await findVersion(deps.store, input.service, input.version);
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
