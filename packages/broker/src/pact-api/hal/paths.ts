/** Paths of the Pact Broker API's resources, one builder per resource; every segment is URL-encoded. */

const s = encodeURIComponent;

export const pacticipantPath = (name: string) => `/pacticipants/${s(name)}`;
export const versionsPath = (name: string) => `${pacticipantPath(name)}/versions`;
export const versionPath = (name: string, version: string) => `${versionsPath(name)}/${s(version)}`;
export const versionTagPath = (name: string, version: string, tag: string) =>
  `${versionPath(name, version)}/tags/${s(tag)}`;
export const branchPath = (name: string, branch: string) => `${pacticipantPath(name)}/branches/${s(branch)}`;
export const branchVersionPath = (name: string, branch: string, version: string) =>
  `${branchPath(name, branch)}/versions/${s(version)}`;

export const environmentPath = (uuid: string) => `/environments/${s(uuid)}`;
export const recordDeploymentPath = (name: string, version: string, environmentUuid: string) =>
  `${versionPath(name, version)}/deployed-versions/environment/${s(environmentUuid)}`;
export const recordReleasePath = (name: string, version: string, environmentUuid: string) =>
  `${versionPath(name, version)}/released-versions/environment/${s(environmentUuid)}`;
export const deployedVersionPath = (id: number) => `/deployed-versions/${id}`;
export const releasedVersionPath = (id: number) => `/released-versions/${id}`;

const integrationPath = (provider: string, consumer: string) =>
  `/pacts/provider/${s(provider)}/consumer/${s(consumer)}`;
export const pactByVersionPath = (provider: string, consumer: string, version: string) =>
  `${integrationPath(provider, consumer)}/version/${s(version)}`;
/** A pact by content; `metadata` (from pacts for verification) records why it was selected. */
export const pactVersionPath = (provider: string, consumer: string, sha: string, metadata?: string) =>
  `${integrationPath(provider, consumer)}/pact-version/${s(sha)}${metadata === undefined ? '' : `/metadata/${s(metadata)}`}`;
export const verificationResultPath = (provider: string, consumer: string, sha: string, id: number) =>
  `${pactVersionPath(provider, consumer, sha)}/verification-results/${id}`;
export const latestPactPath = (provider: string, consumer: string) =>
  `${integrationPath(provider, consumer)}/latest`;
export const forVerificationPath = (provider: string) => `/pacts/provider/${s(provider)}/for-verification`;
