/** What the store hands back: plain records, camelCase, no database types leaking out. */

export interface Service {
  id: number;
  name: string;
  mainBranch: string | null;
  createdAt: Date;
}

export interface Version {
  id: number;
  serviceId: number;
  service: string;
  number: string;
  /** The first branch the version was put on; `branches` has them all. */
  branch: string | null;
  /** Every branch the version is on, in the order it was put on them. */
  branches: string[];
  /** The CI build that made it, as its publisher said. */
  buildUrl: string | null;
  /** Sorted by name. */
  tags: string[];
  createdAt: Date;
}

export interface Spec {
  id: number;
  service: string;
  /** Absent for a spec published without a version. */
  version: string | null;
  contentSha: string;
  kind: SpecKind;
  /**
   * What the version's comparisons are keyed by: `contentSha` when the version has one spec, else the sha of the
   * spec-set document over its OpenAPI and AsyncAPI specs (`specs/spec-set.ts`).
   */
  setSha: string;
  createdAt: Date;
}

/** What a provider spec describes: HTTP operations (OpenAPI, Swagger) or messages (AsyncAPI). */
export type SpecKind = 'openapi' | 'asyncapi';

export interface Contract {
  id: number;
  consumer: string;
  consumerVersion: string;
  consumerVersionId: number;
  provider: string;
  providerId: number;
  contentSha: string;
  createdAt: Date;
  updatedAt: Date;
}

export type ComparisonStatus = 'compatible' | 'incompatible' | 'failed';

/** One comparison per (contract content, spec content). */
export interface Comparison {
  contractSha: string;
  specSha: string;
  status: ComparisonStatus;
  /** `ComparisonSummary` from core for compatible/incompatible. */
  summary: object;
  findings: unknown[];
  /** Why the comparison could not run (status `failed`). */
  error: string | null;
  createdAt: Date;
}

export interface Verification {
  id: number;
  providerVersionId: number;
  kind: 'spec' | 'pact';
  specSha: string | null;
  contractSha: string | null;
  success: boolean;
  results: unknown[];
  buildUrl: string | null;
  createdAt: Date;
}

export interface Environment {
  id: number;
  name: string;
  displayName: string;
  production: boolean;
  createdAt: Date;
}

/** A deployment or release of a version to an environment; current while `endedAt` is null. */
export interface DeployedVersion {
  id: number;
  service: string;
  version: string;
  versionId: number;
  environment: string;
  kind: 'deployment' | 'release';
  applicationInstance: string;
  createdAt: Date;
  endedAt: Date | null;
}

export interface Event {
  id: number;
  type: string;
  service: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
}

export type Role = 'read' | 'write' | 'admin';

/** An API token's record; the token itself is never stored, only its hash. */
export interface ApiToken {
  id: number;
  name: string;
  role: Role;
  createdAt: Date;
  revokedAt: Date | null;
}
