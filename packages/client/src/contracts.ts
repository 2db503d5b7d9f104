import { path, type Http } from './http.js';
import type { Page } from './page.js';
import type { QueryOf, Schemas } from './schemas.js';

/** A consumer contract (Pact) of one consumer version with one provider. */
export type Contract = Schemas['Contract'];

export type ContractWithContent = Schemas['ContractWithContent'];

export type PublishContractInput = Schemas['PublishContractInput'];

export type PublishedContract = Schemas['PublishedContract'];

/** Filters of the contract list (`consumerVersion` needs `consumer`). */
export type ContractQuery = QueryOf<'/api/v1/contracts'>;

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
