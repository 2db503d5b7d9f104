import type { Migration } from 'kysely';
import * as initialSchema from './0001-initial-schema.js';
import * as environmentsAndEvents from './0002-environments-and-events.js';
import * as apiTokens from './0003-api-tokens.js';
import * as webhooks from './0004-webhooks.js';
import * as pactApi from './0005-pact-api.js';
import * as integrations from './0006-integrations.js';
import * as webhookUuid from './0008-webhook-uuid.js';
import * as versionBuildUrl from './0009-version-build-url.js';
import * as webhookDeliveryEventName from './0010-webhook-delivery-event-name.js';
import * as comparisonRules from './0011-comparison-rules.js';
import * as versionBranches from './0012-version-branches.js';
import * as webhookAttemptRequests from './0013-webhook-attempt-requests.js';
import * as branchAndTagHeads from './0014-branch-and-tag-heads.js';
import * as specKinds from './0015-spec-kinds.js';
import * as verificationSpecKey from './0016-verification-spec-key.js';
import * as guardReadFunction from './0017-guard-read-function.js';
import * as guardEarlierSpecsByKind from './0020-guard-earlier-specs-by-kind.js';
import * as guardStoredKeysAndBases from './0021-guard-stored-keys-and-bases.js';
import * as matrixPageFunction from './0022-matrix-page-function.js';
import * as publishContractFunction from './0023-publish-contract-function.js';
import * as pactCandidatesFunction from './0024-pact-candidates-function.js';

/**
 * Every migration, in order. Forward-only: a released migration is never edited or removed; change the
 * schema by appending a new one. Names sort in application order.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial-schema': initialSchema,
  '0002-environments-and-events': environmentsAndEvents,
  '0003-api-tokens': apiTokens,
  '0004-webhooks': webhooks,
  '0005-pact-api': pactApi,
  '0006-integrations': integrations,
  '0008-webhook-uuid': webhookUuid,
  '0009-version-build-url': versionBuildUrl,
  '0010-webhook-delivery-event-name': webhookDeliveryEventName,
  '0011-comparison-rules': comparisonRules,
  '0012-version-branches': versionBranches,
  '0013-webhook-attempt-requests': webhookAttemptRequests,
  '0014-branch-and-tag-heads': branchAndTagHeads,
  '0015-spec-kinds': specKinds,
  '0016-verification-spec-key': verificationSpecKey,
  '0017-guard-read-function': guardReadFunction,
  '0020-guard-earlier-specs-by-kind': guardEarlierSpecsByKind,
  '0021-guard-stored-keys-and-bases': guardStoredKeysAndBases,
  '0022-matrix-page-function': matrixPageFunction,
  '0023-publish-contract-function': publishContractFunction,
  '0024-pact-candidates-function': pactCandidatesFunction,
};
