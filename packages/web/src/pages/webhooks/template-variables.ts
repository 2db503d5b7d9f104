/**
 * What a webhook template may use: `${signet.<name>}` or `${pactbroker.<name>}` (one table, as the broker renders
 * it; see docs/webhooks.md). A name not listed here is sent literally, so the form warns about it.
 */
export const templateVariables: ReadonlyArray<{ name: string; about: string }> = [
  { name: 'eventType', about: 'Signet event, e.g. verification.succeeded' },
  { name: 'eventName', about: 'the event as subscribed (Pact names for Pact events)' },
  { name: 'eventId', about: 'stable id, the same on every retry' },
  { name: 'createdAt', about: 'when the event happened (ISO 8601)' },
  { name: 'service', about: 'the service a spec, version or deployment event is about' },
  { name: 'version', about: 'its version' },
  { name: 'branch', about: 'its branch' },
  { name: 'environment', about: 'environment of a deployment event' },
  { name: 'consumer', about: 'consumer of the integration' },
  { name: 'consumerVersion', about: 'consumer version' },
  { name: 'consumerBranch', about: 'consumer branch' },
  { name: 'provider', about: 'provider of the integration' },
  { name: 'providerVersion', about: 'provider version' },
  { name: 'providerBranch', about: 'provider branch' },
  { name: 'status', about: 'compatible, incompatible…' },
  { name: 'contractSha', about: 'content hash of the contract' },
  { name: 'specSha', about: 'content hash of the spec' },
  { name: 'buildUrl', about: 'CI build of a verification' },
  { name: 'contractUrl', about: 'API link to the contract' },
  { name: 'comparisonUrl', about: 'API link to the comparison' },
  { name: 'verificationUrl', about: 'API link to the verifications' },
  { name: 'consumerName', about: 'Pact name: the consumer' },
  { name: 'providerName', about: 'Pact name: the provider' },
  { name: 'consumerVersionNumber', about: 'Pact name: the consumer version' },
  { name: 'providerVersionNumber', about: 'Pact name: the provider version' },
  { name: 'consumerVersionBranch', about: 'Pact name: the consumer branch' },
  { name: 'providerVersionBranch', about: 'Pact name: the provider branch' },
  { name: 'consumerVersionTags', about: 'tags of the consumer version, comma-separated' },
  { name: 'providerVersionTags', about: 'tags of the provider version, comma-separated' },
  { name: 'pactUrl', about: 'link to the pact' },
  { name: 'verificationResultUrl', about: 'link to the verification result' },
  { name: 'githubVerificationStatus', about: 'success, failure or pending' },
  { name: 'bitbucketVerificationStatus', about: 'SUCCESSFUL, FAILED or INPROGRESS' },
  { name: 'providerVersionDescriptions', about: 'always empty (Pact compatibility)' },
  { name: 'consumerLabels', about: 'always empty (Signet has no labels)' },
  { name: 'providerLabels', about: 'always empty (Signet has no labels)' },
  { name: 'currentlyDeployedProviderVersionNumber', about: 'always empty (Pact compatibility)' },
];

const known = new Set(templateVariables.map((variable) => variable.name));
const anyPlaceholder = /\$\{([^}]*)\}/g;
const placeholder = /^(signet|pactbroker)\.(\w+)$/;

/** Every `${…}` in `text` that the broker would send literally (an unknown name, a wrong prefix), once each. */
export function unknownPlaceholders(text: string): string[] {
  const unknown = new Set<string>();
  for (const [whole, inner = ''] of text.matchAll(anyPlaceholder)) {
    const name = placeholder.exec(inner.trim())?.[2];
    if (name === undefined || !known.has(name) || inner !== inner.trim()) unknown.add(whole);
  }
  return [...unknown];
}

/** Example values for the preview; the form's own filters are used where it has them. */
export function sampleValues(filters: { service: string; consumer: string; provider: string }) {
  const consumer = filters.consumer || 'shopping_cart_service';
  const provider = filters.provider || 'inventory_service';
  const values: Record<string, string> = {
    eventType: 'verification.succeeded',
    eventName: 'verification.succeeded',
    eventId: '0b6f3c8e-5d3a-4f7e-9a51-2c1d4e5f6a7b',
    createdAt: '2026-01-01T12:00:00.000Z',
    service: filters.service || provider,
    version: '1.4.0',
    branch: 'main',
    environment: 'production',
    consumer,
    consumerVersion: '2.0.1',
    consumerBranch: 'main',
    provider,
    providerVersion: '1.4.0',
    providerBranch: 'main',
    status: 'compatible',
    contractSha: '3f2a…',
    specSha: '9c41…',
    buildUrl: 'https://ci.example/builds/42',
    contractUrl: 'https://signet.example/api/v1/contracts/7',
    comparisonUrl: 'https://signet.example/api/v1/comparisons/3f2a…/9c41…',
    verificationUrl: `https://signet.example/api/v1/services/${provider}/versions/1.4.0/verifications`,
    githubVerificationStatus: 'success',
    bitbucketVerificationStatus: 'SUCCESSFUL',
  };
  for (const [pactName, signetName] of [
    ['consumerName', 'consumer'],
    ['providerName', 'provider'],
    ['consumerVersionNumber', 'consumerVersion'],
    ['providerVersionNumber', 'providerVersion'],
    ['consumerVersionBranch', 'consumerBranch'],
    ['providerVersionBranch', 'providerBranch'],
    ['pactUrl', 'contractUrl'],
    ['verificationResultUrl', 'verificationUrl'],
  ] as const)
    values[pactName] = values[signetName]!;
  return values;
}

/** How a value is escaped where it lands, as the broker does: percent-encoded in the URL, JSON-escaped in a JSON body. */
export type PreviewContext = 'url' | 'header' | 'json' | 'text';

/** `text` with its known placeholders filled from `values`; unknown ones stay as written (as the broker sends them). */
export function previewTemplate(
  text: string,
  values: Record<string, string>,
  context: PreviewContext,
): string {
  return text.replace(/\$\{(signet|pactbroker)\.(\w+)\}/g, (whole, _prefix: string, name: string) => {
    if (!known.has(name)) return whole;
    const value = values[name] ?? '';
    if (context === 'url') return encodeURIComponent(value);
    if (context === 'header') return value.replace(/[\r\n]+/g, ' ');
    if (context === 'json') return JSON.stringify(value).slice(1, -1);
    return value;
  });
}

/** `json` when the body template is a JSON document, as the broker decides. */
export const bodyContext = (body: string): PreviewContext =>
  ['{', '['].includes(body.trimStart()[0] ?? '') ? 'json' : 'text';
