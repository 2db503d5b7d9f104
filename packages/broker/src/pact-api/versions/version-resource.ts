import type { Environment, Version } from '../../store/index.js';
import { environmentUuid } from '../environments/environment-uuid.js';
import type { Hal } from '../hal/hal.js';
import {
  branchVersionPath,
  pacticipantPath,
  recordDeploymentPath,
  recordReleasePath,
  versionPath,
  versionTagPath,
} from '../hal/paths.js';

/**
 * A pacticipant version. `pb:record-deployment` and `pb:record-release` hold one link per environment, named
 * after it: that is how the `pact` CLI finds where to record a deployment.
 */
export function versionResource(hal: Hal, version: Version, environments: Environment[]) {
  const { service, number } = version;
  const perEnvironment = (verb: string, path: typeof recordDeploymentPath) =>
    environments.map((environment) => ({
      ...hal.link(path(service, number, environmentUuid(environment))),
      name: environment.name,
      title: `${verb} ${environment.displayName}`,
    }));
  return {
    number,
    branch: version.branch,
    buildUrl: version.buildUrl,
    createdAt: version.createdAt.toISOString(),
    _embedded: {
      // Every branch the version is on (the Pact Broker's branch_versions), in the order it was put on them.
      branchVersions: version.branches.map((branch) => ({
        name: branch,
        _links: { self: hal.link(branchVersionPath(service, branch, number)) },
      })),
      tags: version.tags.map((tag) => tagResource(hal, version, tag)),
    },
    _links: {
      self: hal.link(versionPath(service, number), { title: 'Version', name: number }),
      'pb:pacticipant': hal.link(pacticipantPath(service), { title: 'Pacticipant', name: service }),
      'pb:tag': hal.template(versionTagPath(service, number, '{tag}'), 'Get, create or delete a tag'),
      'pb:record-deployment': perEnvironment('Record deployment to', recordDeploymentPath),
      'pb:record-release': perEnvironment('Record release to', recordReleasePath),
    },
  };
}

/** A version tag. */
export function tagResource(hal: Hal, version: Version, tag: string) {
  return {
    name: tag,
    _links: {
      self: hal.link(versionTagPath(version.service, version.number, tag), { title: 'Tag', name: tag }),
      'pb:version': hal.link(versionPath(version.service, version.number), { name: version.number }),
    },
  };
}
