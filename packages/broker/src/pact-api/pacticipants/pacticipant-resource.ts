import type { Hal } from '../hal/hal.js';
import {
  branchVersionPath,
  pacticipantPath,
  versionPath,
  versionsPath,
  versionTagPath,
} from '../hal/paths.js';
import type { Pacticipant } from './pacticipant-service.js';

/**
 * A pacticipant as Pact clients read it; `pb:branch-version` and `pb:version-tag` are what verifiers PUT to.
 * The can-i-deploy badges are templated links here, where the Pact Broker puts them.
 */
export function pacticipantResource(hal: Hal, { service, details }: Pacticipant) {
  const name = service.name;
  return {
    name,
    displayName: details.displayName ?? name,
    repositoryUrl: details.repositoryUrl,
    mainBranch: service.mainBranch,
    createdAt: service.createdAt.toISOString(),
    _links: {
      self: hal.link(pacticipantPath(name), { name }),
      'pb:versions': hal.link(versionsPath(name)),
      'pb:version': hal.template(versionPath(name, '{version}'), 'Version'),
      'pb:latest-version': hal.link(`${pacticipantPath(name)}/latest-version`),
      'pb:branches': hal.link(`${pacticipantPath(name)}/branches`),
      'pb:branch-version': hal.template(branchVersionPath(name, '{branch}', '{version}'), 'Branch version'),
      'pb:version-tag': hal.template(versionTagPath(name, '{version}', '{tag}'), 'Version tag'),
      'pb:can-i-deploy-badge': hal.template(
        `${pacticipantPath(name)}/latest-version/{tag}/can-i-deploy/to/{environmentTag}/badge`,
        `Can I Deploy ${name} badge`,
      ),
      'pb:can-i-deploy-branch-to-environment-badge': hal.template(
        `${pacticipantPath(name)}/branches/{branch}/latest-version/can-i-deploy/to-environment/{environment}/badge`,
        `Can I Deploy ${name} from branch to environment badge`,
      ),
    },
  };
}
