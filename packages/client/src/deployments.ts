import { path, type Http } from './http.js';
import type { Page, PageQuery } from './page.js';

/**
 * A version running in an environment: a `deployment` (replaces the previous version of the same application
 * instance) or a `release` (accumulates, e.g. mobile apps).
 */
export interface DeployedVersion {
  id: number;
  service: string;
  version: string;
  environment: string;
  kind: 'deployment' | 'release';
  applicationInstance: string | null;
  /** Still deployed (or still supported). */
  current: boolean;
  createdAt: string;
  endedAt: string | null;
}

export interface DeploymentTarget {
  service: string;
  version: string;
}

/** `/environments/{name}/deployments|releases|deployed-versions`: what runs where. */
export function deploymentsApi(http: Http) {
  return {
    /** Records that `service@version` is deployed (the version must exist; the environment too). */
    recordDeployment: (environment: string, target: DeploymentTarget & { applicationInstance?: string }) =>
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
    recordUndeployment: (environment: string, target: DeploymentTarget & { applicationInstance?: string }) =>
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
  };
}

export type DeploymentsApi = ReturnType<typeof deploymentsApi>;
