import type { Comparison } from './comparisons.js';
import { path, type Http } from './http.js';
import type { Page, PageQuery } from './page.js';
import type { PublishOutcome } from './specs.js';

/** A consumer contract (Pact) of one consumer version with one provider. */
export interface Contract {
  id: number;
  consumer: string;
  consumerVersion: string;
  provider: string;
  contentSha: string;
  createdAt: string;
  updatedAt: string;
}

export interface ContractWithContent extends Contract {
  content: string;
}

export interface PublishContractInput {
  /** The Pact file's text, or the parsed document; consumer and provider are read from it. */
  content: string | Record<string, unknown>;
  consumerVersion: string;
  /** When given, must match the contract's consumer. */
  consumer?: string;
  branch?: string;
  tags?: string[];
  /** Replace different content already published for this version (else 409 `contract.content-changed`). */
  overwrite?: boolean;
}

export interface PublishedContract {
  outcome: PublishOutcome;
  contract: Contract;
  /** Comparisons with the provider's specs that matter. */
  comparisons: Comparison[];
}

export interface ContractQuery extends PageQuery {
  consumer?: string;
  /** Needs `consumer`. */
  consumerVersion?: string;
  provider?: string;
}

/** `/contracts`: publish, list (oldest first) with filters, one with its content. */
export function contractsApi(http: Http) {
  return {
    /** Publishes a contract; 422 `contract.not-pact` (or another loader code) for something that is not a Pact. */
    publish: (input: PublishContractInput) =>
      http<PublishedContract>({ method: 'POST', path: '/contracts', body: input }),
    list: (query: ContractQuery = {}) =>
      http<Page<Contract>>({ method: 'GET', path: '/contracts', query: { ...query } }),
    /** One contract with its text; `contract.not-found` (404). */
    get: (id: number) => http<ContractWithContent>({ method: 'GET', path: path`/contracts/${id}` }),
  };
}

export type ContractsApi = ReturnType<typeof contractsApi>;
