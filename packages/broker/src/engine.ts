import type {
  ComparisonResult,
  ComparisonSummary,
  Contract,
  DeploymentDecision,
  DeploymentSnapshot,
  ProviderSpec,
} from '@signet/core';

/**
 * The parts of `@signet/core` the broker uses, passed in as a record (wired in `main.ts`) so tests can
 * substitute a stub where a real comparison would only slow them down.
 */
export interface Engine {
  /** Rejects with core's `SpecError` on a broken spec. */
  loadSpec(text: string, options: { maxBytes: number }): Promise<ProviderSpec>;
  /** Throws core's `ContractError` on a broken contract. */
  parseContract(text: string, options: { maxBytes: number }): Contract;
  compare(spec: ProviderSpec, contract: Contract): ComparisonResult;
  summariseComparison(result: ComparisonResult, contract: Contract): ComparisonSummary;
  decideDeployment(snapshot: DeploymentSnapshot): DeploymentDecision;
}
