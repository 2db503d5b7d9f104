/**
 * What an event is about, read from its stored payload: who, which versions and branches, where, and how it
 * went. Payloads differ by event family (a spec event's `version` is the provider's), so this is the one place
 * that knows the shapes.
 */
export interface EventFacts {
  /** The service the event is filed under (provider for specs, comparisons and verifications). */
  service?: string;
  /** That service's version and branch. */
  version?: string;
  branch?: string;
  consumer?: string;
  consumerVersion?: string;
  consumerBranch?: string;
  provider?: string;
  providerVersion?: string;
  providerBranch?: string;
  environment?: string;
  /** `compatible`/`incompatible`/`failed` for comparisons, `succeeded`/`failed` for verifications. */
  status?: string;
  contractSha?: string;
  specSha?: string;
  contractId?: number;
  verificationId?: number;
  buildUrl?: string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
const id = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** Reads the facts of an event of `type` from its payload; unknown keys are ignored, missing ones left out. */
export function eventFacts(type: string, payload: Readonly<Record<string, unknown>>): EventFacts {
  const common: EventFacts = {
    consumer: text(payload['consumer']),
    consumerVersion: text(payload['consumerVersion']),
    consumerBranch: text(payload['consumerBranch']),
    provider: text(payload['provider']),
    providerVersion: text(payload['providerVersion']),
    providerBranch: text(payload['providerBranch']),
    environment: text(payload['environment']),
    status: text(payload['status']),
    contractSha: text(payload['contractSha']),
    specSha: text(payload['specSha']),
    contractId: id(payload['contractId']),
    verificationId: id(payload['verificationId']),
    buildUrl: text(payload['buildUrl']),
  };
  const family = type.split('.')[0];
  if (family === 'spec' || family === 'verification') {
    const facts: EventFacts = {
      ...common,
      providerVersion: common.providerVersion ?? text(payload['version']),
      providerBranch: common.providerBranch ?? text(payload['branch']),
    };
    if (family === 'verification') facts.status = type === 'verification.succeeded' ? 'succeeded' : 'failed';
    return withService(facts, facts.provider, facts.providerVersion, facts.providerBranch);
  }
  if (family === 'contract') {
    const facts = { ...common, consumerBranch: common.consumerBranch ?? text(payload['branch']) };
    return withService(facts, facts.consumer, facts.consumerVersion, facts.consumerBranch);
  }
  if (family === 'comparison')
    return withService(common, common.provider, common.providerVersion, common.providerBranch);
  return withService(common, text(payload['service']), text(payload['version']), text(payload['branch']));
}

function withService(facts: EventFacts, service?: string, version?: string, branch?: string): EventFacts {
  const all: EventFacts = { ...facts, service, version, branch };
  const defined: EventFacts = Object.fromEntries(
    Object.entries(all).filter(([, value]) => value !== undefined),
  );
  return defined;
}
