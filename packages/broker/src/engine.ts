import type {
  ComparisonResult,
  ConsumerContract,
  SpecImpact,
  SpecUsage,
  ComparisonSummary,
  Contract,
  DeploymentDecision,
  DeploymentSnapshot,
} from '@signet/core';
import type { SpecDescription } from './specs/spec-description.js';
import type { SpecKind } from './store/records.js';

/** A stored document: its content sha256 (the identity caches key on) and its text. */
export interface DocumentText {
  sha: string;
  text: string;
}

/** A stored base spec, a candidate head (loaded within `maxBytes`) and the consumer contracts that count. */
export interface SpecImpactInput {
  base: DocumentText;
  head: DocumentText;
  consumers: ConsumerContract[];
  maxBytes: number;
}

/**
 * The parts of `@signet/core` the broker uses, passed in as a record so tests can substitute a stub. Loading
 * specs and comparing are CPU work: the broker process runs them in a worker pool (`engine-pool/`), off the
 * event loop that serves requests, which is why they are asynchronous and exchange plain data (texts in,
 * results out) rather than loaded models. Tests use the same work in-process (`inProcessEngine`).
 */
export interface Engine {
  /** Loads a spec to validate it and tells its kind; rejects with a located error (`code`, `location`) on a broken one. */
  checkSpec(text: string, options: { maxBytes: number }): Promise<SpecKind>;
  /** The operations and named schemas of a spec, as the UI lists them; rejects as `checkSpec` does. */
  describeSpec(spec: DocumentText, options: { maxBytes: number }): Promise<SpecDescription>;
  /** Throws core's `ContractError` on a broken contract. Parsing is linear and stays in-process. */
  parseContract(text: string, options: { maxBytes: number }): Contract;
  /**
   * Compares a contract with a stored spec, or a version's OpenAPI and AsyncAPI specs together; rejects when a
   * spec no longer loads or the work is stopped.
   */
  compare(spec: DocumentText | DocumentText[], contract: Contract): Promise<ComparisonResult>;
  summariseComparison(result: ComparisonResult, contract: Contract): ComparisonSummary;
  /** Changes from a stored spec to a candidate, with the consumers each breaks; rejects as `compare` does. */
  specImpact(input: SpecImpactInput): Promise<SpecImpact>;
  /** Which consumer interactions rely on each part of a stored spec. */
  usage(spec: DocumentText, consumers: ConsumerContract[]): Promise<SpecUsage>;
  decideDeployment(snapshot: DeploymentSnapshot): DeploymentDecision;
}
