import { apiTokenStore, type ApiTokenStore } from '../tokens/token-store.js';
import { comparisonStore, type ComparisonStore } from '../comparisons/comparison-store.js';
import { contractStore, type ContractStore } from '../contracts/contract-store.js';
import type { Db } from './db.js';
import { deployedVersionStore, type DeployedVersionStore } from '../deployments/deployed-version-store.js';
import { documentStore, type DocumentStore } from '../documents/document-store.js';
import { guardReadStore, type GuardReadStore } from '../deploy-guard/guard-reads.js';
import { environmentStore, type EnvironmentStore } from '../environments/environment-store.js';
import { eventStore, type EventStore } from '../events/event-store.js';
import { integrationStore, type IntegrationStore } from '../graph/integration-store.js';
import { matrixStore, type MatrixStore } from '../matrix/matrix-store.js';
import { pactStore, type PactStore } from '../pact-api/store/pact-store.js';
import { serviceStore, type ServiceStore } from '../services/service-store.js';
import { specStore, type SpecStore } from '../specs/spec-store.js';
import { verificationStore, type VerificationStore } from '../verifications/verification-store.js';
import { versionStore, type VersionStore } from '../versions/version-store.js';
import { eventsWithOutbox, OutboxScope, webhookStore, type WebhookStore } from '../webhooks/store/webhook-store.js';

/**
 * The broker's one store interface, grouped by domain noun. The SQL behind it is PostgreSQL's, run on
 * embedded PGlite or on a PostgreSQL server (see `open-database.ts`).
 */
export interface Store {
  services: ServiceStore;
  versions: VersionStore;
  documents: DocumentStore;
  specs: SpecStore;
  contracts: ContractStore;
  comparisons: ComparisonStore;
  verifications: VerificationStore;
  environments: EnvironmentStore;
  deployedVersions: DeployedVersionStore;
  events: EventStore;
  integrations: IntegrationStore;
  matrix: MatrixStore;
  /** The deploy guard's evidence, read in one statement. */
  guard: GuardReadStore;
  apiTokens: ApiTokenStore;
  /** The Pact Broker API's own tables and reads. */
  pact: PactStore;
  /** Webhook subscriptions, the delivery outbox (filled by `events.append`) and the delivery log. */
  webhooks: WebhookStore;
  /**
   * Runs `work` in one transaction; inside it, `transaction` simply reuses the open one. A transaction that
   * PostgreSQL aborts for a deadlock or serialisation failure runs again (a few times), so `work` must do
   * nothing but database work.
   */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
}

/** How often a transaction is tried when concurrent ones keep breaking it (deadlocks, serialisation). */
const maxAttempts = 5;

/**
 * PostgreSQL aborted the transaction only because of concurrent ones (`deadlock_detected`, e.g. two first
 * publications naming each other's services; `serialization_failure`): another try succeeds.
 */
function isTransientConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

/** Builds the store over a kysely database (or an open transaction). */
export function createStore(db: Db, inTransaction = false, outbox = new OutboxScope()): Store {
  const store: Store = {
    services: serviceStore(db),
    versions: versionStore(db),
    documents: documentStore(db),
    specs: specStore(db),
    contracts: contractStore(db),
    comparisons: comparisonStore(db),
    verifications: verificationStore(db),
    environments: environmentStore(db),
    deployedVersions: deployedVersionStore(db),
    events: eventsWithOutbox(eventStore(db), db, inTransaction, outbox),
    integrations: integrationStore(db),
    matrix: matrixStore(db),
    guard: guardReadStore(db),
    apiTokens: apiTokenStore(db),
    pact: pactStore(db),
    webhooks: webhookStore(db, outbox),
    transaction: async (work) => {
      if (inTransaction) return work(store);
      for (let attempt = 1; ; attempt++) {
        // Deliveries queued inside wake this process's worker only once they are committed.
        const scope = outbox.nested();
        try {
          const result = await db
            .transaction()
            .execute((transaction) => work(createStore(transaction, true, scope)));
          scope.committed();
          return result;
        } catch (error) {
          // PostgreSQL rolled the whole transaction back, so running it again is safe.
          if (attempt >= maxAttempts || !isTransientConflict(error)) throw error;
        }
      }
    },
  };
  return store;
}
