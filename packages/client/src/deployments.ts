import { path, type Http } from './http.js';
import type { Page, PageQuery } from './page.js';
import type { Schemas } from './schemas.js';

/** A `deployment` (replaces the instance's previous version) or a `release` (accumulates, e.g. mobile apps). */
export type DeployedVersion = Schemas['DeployedVersion'];

/** The version a deployment or release is about. */
export type DeploymentTarget = Schemas['DeploymentTarget'];

/** A deployment's version, and which instance when several run side by side. */
export type DeploymentInput = Schemas['DeploymentInput'];

/**
 * `/environments/{name}/deployments|releases|deployed-versions`: what runs where; `ofService`: where one service
 * runs now, in every environment.
 */
export function deploymentsApi(http: Http) {
  return {
    /** Records that `service@version` is deployed (the version must exist; the environment too). */
    recordDeployment: (environment: string, target: DeploymentInput) =>
      http<DeployedVersion>({
        method: 'POST',
        path: path`/environments/${environment}/deployments`,
        body: target,
      }),
    /** Records that `service@version` is released (supported) in the environment. */
    recordRelease: (environment: string, target: DeploymentTarget) =>
      http<DeployedVersion>({
        method: 'POST',
        path: path`/environments/${environment}/releases`,
        body: target,
      }),
    /** Records that a deployment ended (the version is no longer running there). */
    recordUndeployment: (environment: string, target: DeploymentInput) =>
      http<void>({
        method: 'DELETE',
        path: path`/environments/${environment}/deployments/${target.service}/${target.version}`,
        query: { applicationInstance: target.applicationInstance },
      }),
    /** Records that a release is no longer supported. */
    recordReleaseEnd: (environment: string, target: DeploymentTarget) =>
      http<void>({
        method: 'DELETE',
        path: path`/environments/${environment}/releases/${target.service}/${target.version}`,
      }),
    /** The environment's deployments and releases, all history or (`current: true`) what runs now. */
    list: (environment: string, query: PageQuery & { current?: boolean } = {}) =>
      http<Page<DeployedVersion>>({
        method: 'GET',
        path: path`/environments/${environment}/deployed-versions`,
        query: { ...query },
      }),
    /** What of `service` is deployed or released now, in every environment (one request, one page). */
    ofService: (service: string) =>
      http<Page<DeployedVersion>>({ method: 'GET', path: path`/services/${service}/deployed-versions` }),
  };
}

export type DeploymentsApi = ReturnType<typeof deploymentsApi>;
