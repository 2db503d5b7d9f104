import type { DeployedVersion, SignetClient } from '@signet/client';

/** Which fact to record about a version in an environment. */
export type DeploymentChange = 'deployment' | 'undeployment' | 'release';

export interface DeploymentTarget {
  service: string;
  version: string;
  environment: string;
  /** Deployments of several instances of one service side by side (deployment and undeployment only). */
  applicationInstance?: string;
}

/** Records a deployment (replacing the instance's previous version), its end, or a release. */
export async function recordDeploymentChange(
  client: SignetClient,
  change: DeploymentChange,
  target: DeploymentTarget,
): Promise<DeployedVersion | undefined> {
  const { environment, service, version, applicationInstance } = target;
  switch (change) {
    case 'deployment':
      return client.deployments.recordDeployment(environment, { service, version, applicationInstance });
    case 'undeployment':
      await client.deployments.recordUndeployment(environment, { service, version, applicationInstance });
      return undefined;
    case 'release':
      return client.deployments.recordRelease(environment, { service, version });
  }
}
