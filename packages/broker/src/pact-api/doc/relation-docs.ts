/** What one HAL index relation is for, as `GET /doc/{rel}` explains it. */
export interface RelationDoc {
  title: string;
  /** The methods the resource answers, each with what it does. */
  methods: Array<[method: string, what: string]>;
  summary: string;
}

/**
 * Short documentation of each `pb:` relation of the HAL index, keyed by the name after `pb:` (the curie's
 * `{rel}`). Written for this broker: it says what Signet does, including where it differs from Pact Broker.
 */
export const relationDocs: Record<string, RelationDoc> = {
  'publish-contracts': {
    title: 'Publish contracts',
    methods: [['POST', 'publish the pacts of one consumer version, with its branch and tags']],
    summary:
      'The body names the pacticipant, the version number, an optional branch and tags, and the contracts ' +
      '(base64 pact content). Each pact is stored as a Signet contract and compared with the provider. The ' +
      'answer carries notices the pact CLI prints.',
  },
  'latest-pact-versions': {
    title: 'Latest pact versions',
    methods: [['GET', 'list the latest pact of every consumer and provider pair']],
    summary: 'One entry per integration: the pact of the newest consumer version that published one.',
  },
  pacticipants: {
    title: 'Pacticipants',
    methods: [
      ['GET', 'list the pacticipants (consumers and providers)'],
      ['POST', 'create a pacticipant'],
    ],
    summary: 'Pacticipants are Signet services; a publication or a verification creates them as needed.',
  },
  pacticipant: {
    title: 'Pacticipant',
    methods: [
      ['GET', 'describe a pacticipant by name'],
      ['PUT / PATCH', 'set its display name, repository URL or main branch'],
      ['DELETE', 'delete it with its versions'],
    ],
    summary: 'The main branch decides what the mainBranch selector and the default selectors choose.',
  },
  'latest-provider-pacts': {
    title: 'Latest pacts by provider',
    methods: [['GET', 'the latest pact of each consumer of the provider']],
    summary: 'Older verifiers fetch pacts here; newer ones use pacts for verification.',
  },
  'latest-provider-pacts-with-tag': {
    title: 'Latest pacts for provider with the specified tag',
    methods: [['GET', 'per consumer, the latest pact of a version with the tag']],
    summary: 'Tag-based selection for verifiers that do not send consumer version selectors.',
  },
  'provider-pacts-with-tag': {
    title: 'All pacts with tag',
    methods: [['GET', 'every pact of the provider whose consumer version has the tag']],
    summary: 'Not only the latest: each tagged consumer version with a pact is listed.',
  },
  'provider-pacts': {
    title: 'All pact versions for the provider',
    methods: [['GET', 'every pact naming the provider']],
    summary: 'One entry per consumer version that published a pact with this provider.',
  },
  'provider-pacts-for-verification': {
    title: 'Pact versions to be verified for the specified provider',
    methods: [
      ['GET', 'the pacts the default selectors choose'],
      ['POST', 'the pacts chosen by consumer version selectors, with pending status and WIP pacts'],
    ],
    summary:
      'Branches and tags are read at their head version: when the newest version of a branch published no ' +
      'pact with this provider, nothing is selected for it. A pact is pending until the provider branch ' +
      'verified it successfully; WIP pacts are pending heads created since includeWipPactsSince. Each pact ' +
      'comes with notices saying why it was chosen.',
  },
  'latest-version': {
    title: 'Latest pacticipant version',
    methods: [['GET', 'the newest version of the pacticipant']],
    summary: 'Newest by creation order.',
  },
  'latest-tagged-version': {
    title: 'Latest pacticipant version with the specified tag',
    methods: [['GET', 'the newest version carrying the tag']],
    summary: 'Answers 404 when no version has the tag.',
  },
  'pacticipant-version': {
    title: 'Pacticipant version',
    methods: [
      ['GET', 'describe a version with its branch and tags'],
      ['PUT', 'create it, optionally with a branch'],
      ['DELETE', 'delete it'],
    ],
    summary: 'A version is identified by its number, usually a commit SHA.',
  },
  'pacticipant-version-tag': {
    title: 'Pacticipant version tag',
    methods: [
      ['GET', 'whether the version has the tag'],
      ['PUT', 'tag the version (creating the version if needed)'],
      ['DELETE', 'remove the tag'],
    ],
    summary: 'Tags predate branches and environments; Signet supports them for older clients.',
  },
  'pacticipant-branch': {
    title: 'Pacticipant branch',
    methods: [
      ['GET', 'describe a branch'],
      ['DELETE', 'delete the branch; its versions stay'],
    ],
    summary: 'A version belongs to at most one branch, set when it is first created.',
  },
  'pacticipant-branch-version': {
    title: 'Pacticipant branch version',
    methods: [['PUT', 'add a version to the branch']],
    summary: 'The branch head is the version most recently added to it.',
  },
  environments: {
    title: 'Environments',
    methods: [
      ['GET', 'list the environments'],
      ['POST', 'create an environment'],
    ],
    summary: 'Deployments and releases are recorded per environment; can-i-deploy asks about one.',
  },
  environment: {
    title: 'Environment',
    methods: [
      ['GET', 'describe an environment and link its deployed and released versions'],
      ['PUT', 'update it'],
      ['DELETE', 'delete it with its deployments'],
    ],
    summary: 'Identified by its UUID.',
  },
  webhooks: {
    title: 'Webhooks',
    methods: [
      ['GET', 'list the webhooks'],
      ['POST', 'create a webhook'],
    ],
    summary: 'Webhooks call a URL on events such as a changed pact or a published verification result.',
  },
  webhook: {
    title: 'Webhook',
    methods: [
      ['GET', 'describe a webhook'],
      ['PUT', 'replace it'],
      ['DELETE', 'delete it'],
    ],
    summary: 'Identified by its UUID; its executions are logged.',
  },
  'can-i-deploy-pacticipant-version-to-environment': {
    title: 'Can I deploy a pacticipant version to an environment',
    methods: [['GET', 'whether the version is compatible with everything in the environment']],
    summary:
      'Answers deployable true only when every needed verification succeeded; a result that cannot be ' +
      'established makes it null (unknown), never true.',
  },
  matrix: {
    title: 'Matrix',
    methods: [['GET', 'the verification results between pacticipant versions']],
    summary: 'Query with q[][pacticipant], q[][version] or q[][latest], and latestby; can-i-deploy reads it.',
  },
};

/** The documentation for `rel`, given with or without its `pb:` prefix. */
export function relationDoc(rel: string): RelationDoc | undefined {
  const name = rel.startsWith('pb:') ? rel.slice('pb:'.length) : rel;
  return Object.hasOwn(relationDocs, name) ? relationDocs[name] : undefined;
}
