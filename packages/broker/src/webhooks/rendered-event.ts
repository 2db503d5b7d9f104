import { eventFacts, namesFiring, pactEventAliases, type EventFacts, type RenderedEvent } from '@signet/core';
import type { Store } from '../store/index.js';
import type { ClaimedDelivery } from './store/webhook-store.js';
import type { RenderedVerification } from './store/template-facts-store.js';
import { pactLinks } from './pact-links.js';

/**
 * The event a claimed delivery carries, as templates see it, with the Pact Broker variables looked up now (as
 * Pact Broker renders a webhook when it runs): the pact's links, the consumer version's tags and branch, and
 * the verification it shows — the one that triggered it, else the pact's latest — with its provider version.
 * A test execution (`ping`) renders as Pact Broker's `test` event: with the integration's latest pact and that
 * pact's latest verification.
 */
export async function renderedEvent(
  store: Store,
  claim: ClaimedDelivery,
  baseUrl: string,
): Promise<RenderedEvent> {
  const { type, payload, createdAt } = claim.event ?? {
    type: 'ping',
    payload: {},
    createdAt: claim.createdAt,
  };
  const facts = claim.event === null ? await testFacts(store, claim) : eventFacts(type, payload);
  const verification = await shownVerification(store, type, facts);
  const versions = await versionVariables(store, facts, claim.context, verification);
  const links = pactLinks({ ...facts, verificationId: verification?.id }, baseUrl, versions.consumer);
  return {
    id: claim.eventUid,
    type,
    createdAt,
    facts,
    links,
    pact: {
      ...versions.variables,
      ...statuses(verification),
      ...claim.context,
      ...(subscribedAs(claim, type) !== undefined && { eventName: subscribedAs(claim, type) }),
    },
  };
}

/**
 * The name the delivery fires as: recorded with it (one delivery per name the subscription lists); for
 * deliveries queued before names were recorded, the first Pact name listed that fires for the event.
 */
function subscribedAs(claim: ClaimedDelivery, type: string): string | undefined {
  if (claim.event === null) return 'test';
  return (
    claim.eventName ??
    claim.subscription.events.find((name) => name in pactEventAliases && namesFiring(type).includes(name))
  );
}

async function testFacts(store: Store, claim: ClaimedDelivery): Promise<EventFacts> {
  const { consumer, provider } = claim.subscription;
  const pact = await store.webhooks.templateFacts.latestPact(consumer, provider);
  if (pact === undefined) return {};
  return {
    consumer: pact.consumer,
    consumerVersion: pact.consumerVersion,
    ...(pact.consumerBranch !== null && { consumerBranch: pact.consumerBranch }),
    provider: pact.provider,
    contractSha: pact.contentSha,
    contractId: pact.contractId,
  };
}

async function shownVerification(
  store: Store,
  type: string,
  facts: EventFacts,
): Promise<RenderedVerification | undefined> {
  const { provider, contractSha, verificationId } = facts;
  if (provider === undefined || contractSha === undefined) return undefined;
  if (type.startsWith('verification.'))
    return verificationId === undefined
      ? undefined
      : store.webhooks.templateFacts.verification(provider, verificationId);
  return store.webhooks.templateFacts.latestVerification(provider, contractSha);
}

/**
 * Tags are listed as Pact Broker lists them: joined by ", ". Signet has no labels, so those are empty. The
 * provider version is the delivery's own (a required provider version), else the event's, else the shown
 * verification's. `buildUrl` comes from the event: a verification's build (a consumer version's build URL is
 * not stored yet).
 */
async function versionVariables(
  store: Store,
  facts: EventFacts,
  context: Readonly<Record<string, string>>,
  verification?: RenderedVerification,
) {
  const { consumer, consumerVersion, provider } = facts;
  const providerVersion =
    context['providerVersionNumber'] ?? facts.providerVersion ?? verification?.providerVersion;
  const consumerRow =
    consumer && consumerVersion ? await store.versions.find(consumer, consumerVersion) : undefined;
  const providerRow =
    provider && providerVersion ? await store.versions.find(provider, providerVersion) : undefined;
  // A branch is the event's (the one published with), else the branch the version was put on last, as the
  // Pact Broker's consumerVersionBranch / providerVersionBranch (a version may be on several branches).
  const consumerBranch = facts.consumerBranch ?? consumerRow?.branches.at(-1) ?? null;
  const providerBranch =
    (providerVersion === facts.providerVersion ? facts.providerBranch : undefined) ??
    providerRow?.branches.at(-1);
  return {
    consumer: { branch: consumerBranch, tags: consumerRow?.tags },
    variables: {
      consumerVersionTags: consumerRow?.tags.join(', ') ?? '',
      consumerVersionBranch: consumerBranch ?? '',
      providerVersionNumber: providerVersion ?? '',
      providerVersionTags: providerRow?.tags.join(', ') ?? '',
      providerVersionBranch: providerBranch ?? '',
      providerVersionDescriptions: '',
      consumerLabels: '',
      providerLabels: '',
      // Filled per delivery (its context) when the webhook uses it: one delivery per deployed provider version.
      currentlyDeployedProviderVersionNumber: '',
    },
  };
}

/** Commit statuses for GitHub, Bitbucket, Azure DevOps and GitLab: pending while the pact has no verification. */
function statuses(verification?: RenderedVerification) {
  if (verification === undefined)
    return {
      githubVerificationStatus: 'pending',
      bitbucketVerificationStatus: 'INPROGRESS',
      azureDevOpsVerificationStatus: 'pending',
      gitlabVerificationStatus: 'pending',
    };
  return verification.success
    ? {
        githubVerificationStatus: 'success',
        bitbucketVerificationStatus: 'SUCCESSFUL',
        azureDevOpsVerificationStatus: 'succeeded',
        gitlabVerificationStatus: 'success',
      }
    : {
        githubVerificationStatus: 'failure',
        bitbucketVerificationStatus: 'FAILED',
        azureDevOpsVerificationStatus: 'failed',
        gitlabVerificationStatus: 'failed',
      };
}
