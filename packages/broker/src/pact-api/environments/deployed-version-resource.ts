import type { DeployedVersion, Environment } from '../../store/index.js';
import type { Hal } from '../hal/hal.js';
import {
  deployedVersionPath,
  environmentPath,
  pacticipantPath,
  releasedVersionPath,
  versionPath,
} from '../hal/paths.js';
import { environmentUuid } from './environment-uuid.js';

/**
 * A deployed or released version. Its `uuid` is the row id: rows are addressed by it and never reused.
 * Deployments report `currentlyDeployed`, releases `currentlySupported`.
 */
export function deployedVersionResource(hal: Hal, row: DeployedVersion, environment: Environment) {
  const deployment = row.kind === 'deployment';
  const path = deployment ? deployedVersionPath(row.id) : releasedVersionPath(row.id);
  const current = row.endedAt === null;
  const ended = row.endedAt?.toISOString() ?? null;
  const instance = row.applicationInstance === '' ? null : row.applicationInstance;
  return {
    uuid: String(row.id),
    ...(deployment
      ? { currentlyDeployed: current, applicationInstance: instance, target: instance, undeployedAt: ended }
      : { currentlySupported: current, supportEndedAt: ended }),
    createdAt: row.createdAt.toISOString(),
    _embedded: {
      pacticipant: { name: row.service, _links: { self: hal.link(pacticipantPath(row.service)) } },
      version: { number: row.version, _links: { self: hal.link(versionPath(row.service, row.version)) } },
      environment: {
        uuid: environmentUuid(environment),
        name: environment.name,
        displayName: environment.displayName,
        production: environment.production,
        _links: { self: hal.link(environmentPath(environmentUuid(environment))) },
      },
    },
    _links: {
      self: hal.link(path),
      'pb:version': hal.link(versionPath(row.service, row.version), { name: row.version }),
      'pb:environment': hal.link(environmentPath(environmentUuid(environment)), { name: environment.name }),
    },
  };
}
