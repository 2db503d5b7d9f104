/**
 * The rows `decideDeployment` reads. The broker gathers them from its database; the decision itself never
 * touches storage, so every branch of it can be tested with plain objects.
 */

/** One build of one service. */
export interface VersionRef {
  service: string;
  version: string;
}

/** A consumer version and a provider version linked by a contract. */
export interface Integration {
  consumer: VersionRef;
  provider: VersionRef;
}

/** One finding worth showing in a deploy-guard reason (errors only; warnings never block). */
export interface FindingDigest {
  code: string;
  message: string;
  /** The interaction that failed, as the contract describes it. */
  interaction: string;
  /** `GET /api/gadgets/{gadgetId}`: the spec operation, or the contract's request when no operation matched. */
  operation?: string;
}

/** What a stored comparison of (contract content, spec content) concluded, reduced to what reasons need. */
export interface ComparisonSummary {
  compatible: boolean;
  errorCount: number;
  warningCount: number;
  /** The first few errors, in contract order. */
  errors: FindingDigest[];
}

/** The latest result of the Pact verifier replaying one contract content against one provider version. */
export interface PactVerificationResult {
  success: boolean;
}

/** Whether a provider version was shown (by `signet test`) to implement a spec. */
export type SpecVerificationState =
  { status: 'succeeded'; specSha: string } | { status: 'failed'; specSha: string } | { status: 'none' };

/** What is known about one contract against one provider version. */
export interface PairEvidence {
  /** Spec the provider version was successfully verified against; absent when it never was. */
  verifiedSpecSha?: string;
  /** Comparison of the contract with `verifiedSpecSha`; absent while it has not been computed. */
  comparison?: ComparisonSummary;
  /** Pact-verifier result of this very contract content by the provider version. */
  pactVerification?: PactVerificationResult;
}

/** A provider version currently deployed or released in the target environment. */
export interface DeployedProviderVersion extends PairEvidence {
  version: string;
}

/** One contract of the version being checked, with the versions of its provider in the environment. */
export interface OwnContract {
  provider: string;
  contractSha: string;
  /** Empty when no version of the provider is deployed or released there. */
  providerVersions: DeployedProviderVersion[];
}

/** A consumer version in the environment whose contract names the service being checked. */
export interface DeployedConsumerVersion {
  consumer: string;
  version: string;
  contractSha: string;
  /** Comparison of this contract with the spec the checked version was verified against. */
  comparison?: ComparisonSummary;
  /** Pact-verifier result of this contract by the checked version. */
  pactVerification?: PactVerificationResult;
}

/** The checked version seen as a provider. */
export interface ProviderSide {
  /** True once the service has published a spec: its versions must then be verified against one. */
  specDriven: boolean;
  verification: SpecVerificationState;
  consumers: DeployedConsumerVersion[];
}

/** Everything needed to decide whether `service@version` may go to `environment`. */
export interface DeploymentSnapshot {
  service: string;
  version: string;
  environment: string;
  /** False when the version was never published: nothing can be vouched for. */
  versionExists: boolean;
  /** Only the contracts of the version being checked count. */
  contracts: OwnContract[];
  /** Absent when the service is nobody's provider (no spec, no contract names it). */
  provider?: ProviderSide;
}
