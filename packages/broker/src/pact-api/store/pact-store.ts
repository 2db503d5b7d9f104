import type { Db } from '../../store/db.js';
import { pactCandidateStore, type PactCandidateStore } from './pact-candidates.js';
import { pactEnvironmentStore, type PactEnvironmentStore } from './pact-environments.js';
import { pactPacticipantStore, type PactPacticipantStore } from './pact-pacticipants.js';
import { pactVerificationStore, type PactVerificationStore } from './pact-verifications.js';
import { taggedVerificationStore, type TaggedVerificationStore } from './tagged-verifications.js';

/** What the Pact Broker API reads and writes beyond Signet's own stores (migration `0005-pact-api`). */
export interface PactStore {
  pacticipants: PactPacticipantStore;
  environments: PactEnvironmentStore;
  verifications: PactVerificationStore;
  candidates: PactCandidateStore;
  taggedVerifications: TaggedVerificationStore;
}

export function pactStore(db: Db): PactStore {
  return {
    pacticipants: pactPacticipantStore(db),
    environments: pactEnvironmentStore(db),
    verifications: pactVerificationStore(db),
    candidates: pactCandidateStore(db),
    taggedVerifications: taggedVerificationStore(db),
  };
}
