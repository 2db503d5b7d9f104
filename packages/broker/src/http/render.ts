import { reasonEffect } from '@signet/core';
import type { DeployGuardAnswer } from '../deploy-guard/deploy-guard.js';
import type {
  Comparison,
  Contract,
  DeployedVersion,
  Environment,
  Event,
  Service,
  Spec,
  Verification,
  Version,
} from '../store/index.js';

/** Public representations: what the API promises, without internal row ids of other tables. */

export const renderService = (service: Service) => ({
  name: service.name,
  mainBranch: service.mainBranch,
  createdAt: service.createdAt,
});

export const renderVersion = (version: Version) => ({
  service: version.service,
  number: version.number,
  branch: version.branch,
  branches: version.branches,
  buildUrl: version.buildUrl,
  tags: version.tags,
  createdAt: version.createdAt,
});

export const renderSpec = (spec: Spec) => ({
  id: spec.id,
  service: spec.service,
  version: spec.version,
  contentSha: spec.contentSha,
  kind: spec.kind,
  setSha: spec.setSha,
  createdAt: spec.createdAt,
});

export const renderContract = (contract: Contract) => ({
  id: contract.id,
  consumer: contract.consumer,
  consumerVersion: contract.consumerVersion,
  provider: contract.provider,
  contentSha: contract.contentSha,
  createdAt: contract.createdAt,
  updatedAt: contract.updatedAt,
});

/** Without findings (lists, publish responses); the comparison resource adds them. */
export const renderComparison = (comparison: Comparison) => ({
  contractSha: comparison.contractSha,
  specSha: comparison.specSha,
  status: comparison.status,
  summary: comparison.summary,
  error: comparison.error,
  createdAt: comparison.createdAt,
});

export const renderVerification = (verification: Verification) => ({
  id: verification.id,
  kind: verification.kind,
  specSha: verification.specSha,
  contractSha: verification.contractSha,
  success: verification.success,
  results: verification.results,
  buildUrl: verification.buildUrl,
  createdAt: verification.createdAt,
});

/** A verification without its per-check results (a summary row; the version's list has them). */
export const renderVerificationSummary = (verification: Verification) => ({
  id: verification.id,
  kind: verification.kind,
  specSha: verification.specSha,
  contractSha: verification.contractSha,
  success: verification.success,
  createdAt: verification.createdAt,
});

export const renderEnvironment = (environment: Environment) => ({
  name: environment.name,
  displayName: environment.displayName,
  production: environment.production,
  createdAt: environment.createdAt,
});

export const renderDeployedVersion = (row: DeployedVersion) => ({
  id: row.id,
  service: row.service,
  version: row.version,
  environment: row.environment,
  kind: row.kind,
  applicationInstance: row.applicationInstance === '' ? null : row.applicationInstance,
  current: row.endedAt === null,
  createdAt: row.createdAt,
  endedAt: row.endedAt,
});

export const renderEvent = (event: Event) => ({
  id: event.id,
  type: event.type,
  service: event.service,
  payload: event.payload,
  createdAt: event.createdAt,
});

/** The deploy guard's answer, each reason with its `effect` on the verdict, so clients need not know the rule. */
export const renderDeployGuardAnswer = (answer: DeployGuardAnswer) => ({
  service: answer.service,
  version: answer.version,
  environment: answer.environment,
  verdict: answer.verdict,
  reasons: answer.reasons.map((reason) => ({ ...reason, effect: reasonEffect(reason) })),
});

/** A page with each item rendered. */
export function renderPage<T, R>(page: { items: T[]; nextCursor: string | null }, render: (item: T) => R) {
  return { items: page.items.map(render), nextCursor: page.nextCursor };
}
