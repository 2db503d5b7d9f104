import { findService } from '../services/find-service.js';
import type { Store } from '../store/index.js';
import type { DeployedVersion } from '../store/records.js';

/**
 * Where `service` runs now: its current deployments and releases in every environment, in one query (the UI's
 * service page used to ask each environment in turn). 404 `service.not-found` for an unknown service.
 */
export async function currentDeploymentsOf(store: Store, service: string): Promise<DeployedVersion[]> {
  const found = await findService(store, service);
  return store.deployedVersions.current({ serviceId: found.id });
}
