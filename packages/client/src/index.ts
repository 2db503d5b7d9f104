/** @signet/client — a typed client of the Signet broker's `/api/v1`, for Node and browsers. */
export { createClient, type SignetClient } from './client.js';
export type { ClientOptions } from './http.js';
export {
  BrokerProblemError,
  BrokerUnreachableError,
  InvalidBrokerUrlError,
  type ProblemFields,
} from './errors.js';
export { allItems, type Page, type PageQuery } from './page.js';
export type { Schemas } from './schemas.js';
export type { Service } from './services.js';
export type { Version, VersionInput } from './versions.js';
export type {
  Spec,
  SpecWithContent,
  SpecListQuery,
  SpecOperation,
  SpecOperations,
  PublishSpecInput,
  PublishedSpec,
  PublishOutcome,
} from './specs.js';
export type {
  SpecImpactInput,
  SpecImpactAnswer,
  SpecImpact,
  ChangeImpact,
  ConsumerImpact,
  SpecChange,
  SpecUsageAnswer,
  SpecUsageQuery,
} from './spec-impact.js';
export type {
  Contract,
  ContractWithContent,
  ContractQuery,
  PublishContractInput,
  PublishedContract,
} from './contracts.js';
export type {
  Comparison,
  ComparisonRequest,
  ComparisonWithFindings,
  ComparisonSummary,
  Finding,
  FindingDigest,
} from './comparisons.js';
export type {
  Verification,
  RecordVerificationInput,
  VerificationSummary,
  VersionVerifications,
} from './verifications.js';
export type { Environment, CreateEnvironmentInput } from './environments.js';
export type { DeployedVersion, DeploymentInput, DeploymentTarget } from './deployments.js';
export type {
  DeployGuardAnswer,
  DeployGuardQuery,
  Integration,
  Reason,
  ReasonEffect,
  Verdict,
  VersionRef,
} from './deploy-guard.js';
export type { MatrixQuery, MatrixRow, MatrixStatus } from './matrix.js';
export type { BrokerEvent, EventQuery } from './events.js';
export type { GraphEdge, GraphQuery, IntegrationStatus, ServiceGraph } from './graph.js';
export type { ApiToken, NewApiToken, Role, Whoami } from './tokens.js';
export { followEvents, type EventStreamHandlers, type LiveEvent } from './events-stream.js';
export type {
  WebhooksApi,
  Webhook,
  CreateWebhookInput,
  UpdateWebhookInput,
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookAttempt,
  WebhookSentRequest,
} from './webhooks.js';
export { webhookEventNames, timelineEventTypes } from './event-types.js';
