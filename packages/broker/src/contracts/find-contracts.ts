import { NotFoundError } from '../errors/broker-error.js';
import { findService, findVersion } from '../services/find-service.js';
import type { Contract, Page, PageRequest, Store } from '../store/index.js';

/** Which contracts to list, by names; every name given must exist (404 otherwise), none narrows nothing. */
export interface ContractQuery {
  consumer?: string;
  provider?: string;
  /** A version of `consumer`; only meaningful with it. */
  consumerVersion?: string;
}

/** One page of the contracts the query names. */
export async function listContracts(
  store: Store,
  query: ContractQuery,
  page: PageRequest,
): Promise<Page<Contract>> {
  const consumer = query.consumer === undefined ? undefined : await findService(store, query.consumer);
  const provider = query.provider === undefined ? undefined : await findService(store, query.provider);
  const version =
    query.consumer === undefined || query.consumerVersion === undefined
      ? undefined
      : await findVersion(store, query.consumer, query.consumerVersion);
  return store.contracts.list(
    { consumerId: consumer?.id, providerId: provider?.id, consumerVersionId: version?.id },
    page,
  );
}

/** One contract with its text, or a 404. */
export async function findContract(store: Store, id: number): Promise<{ contract: Contract; content: string | undefined }> {
  const contract = await store.contracts.findById(id);
  if (contract === undefined) throw new NotFoundError('contract.not-found', `no contract with id ${id}`);
  return { contract, content: await store.documents.get(contract.contentSha) };
}
