import { maxPageSize } from '../store/index.js';

/** Reusable schemas of the native API's OpenAPI document: every field a response carries is declared here. */

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const string = { type: 'string' };
const nullableString = { type: ['string', 'null'] };
const dateTime = { type: 'string', format: 'date-time' };
const sha = { type: 'string', pattern: '^[0-9a-f]{64}$' };
const integer = { type: 'integer' };

function object(properties: Record<string, unknown>, optional: string[] = []) {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
  };
}

/** A page of `name` items. */
export function pageOf(name: string) {
  return object({
    items: { type: 'array', maxItems: maxPageSize, items: ref(name) },
    nextCursor: {
      ...nullableString,
      description: 'Pass as `cursor` for the next page; null on the last page.',
    },
  });
}

const versionRef = object({ service: string, version: string });
const integration = object({ consumer: versionRef, provider: versionRef });
const findingDigest = object({ code: string, message: string, interaction: string, operation: string }, [
  'operation',
]);
const comparisonSummary = object({
  compatible: { type: 'boolean' },
  errorCount: integer,
  warningCount: integer,
  errors: { type: 'array', items: findingDigest },
});

const spec = { id: integer, service: string, version: nullableString, contentSha: sha, createdAt: dateTime };
const contract = {
  id: integer,
  consumer: string,
  consumerVersion: string,
  provider: string,
  contentSha: sha,
  createdAt: dateTime,
  updatedAt: dateTime,
};
const comparison = {
  contractSha: sha,
  specSha: sha,
  status: { enum: ['compatible', 'incompatible', 'failed'] },
  summary: comparisonSummary,
  error: nullableString,
  createdAt: dateTime,
};
const outcome = { enum: ['created', 'unchanged', 'replaced'] };

export const schemas: Record<string, unknown> = {
  Problem: {
    ...object({
      type: string,
      code: string,
      title: string,
      status: integer,
      detail: string,
      requestId: string,
    }),
    description: 'RFC 9457 problem details; `code` is stable and safe to match on.',
  },
  Service: object({ name: string, mainBranch: nullableString, createdAt: dateTime }),
  Version: object({
    service: string,
    number: string,
    branch: nullableString,
    tags: { type: 'array', items: string },
    createdAt: dateTime,
  }),
  Spec: object(spec),
  SpecWithContent: object({ ...spec, content: string }),
  Contract: object(contract),
  ContractWithContent: object({ ...contract, content: string }),
  Comparison: object(comparison),
  ComparisonWithFindings: object({ ...comparison, findings: { type: 'array', items: { type: 'object' } } }),
  PublishedSpec: object({
    outcome,
    spec: ref('Spec'),
    comparisons: { type: 'array', items: ref('Comparison') },
  }),
  PublishedContract: object({
    outcome,
    contract: ref('Contract'),
    comparisons: { type: 'array', items: ref('Comparison') },
  }),
  Verification: object({
    id: integer,
    kind: { enum: ['spec', 'pact'] },
    specSha: { type: ['string', 'null'] },
    contractSha: { type: ['string', 'null'] },
    success: { type: 'boolean' },
    results: { type: 'array' },
    buildUrl: nullableString,
    createdAt: dateTime,
  }),
  Environment: object({
    name: string,
    displayName: string,
    production: { type: 'boolean' },
    createdAt: dateTime,
  }),
  DeployedVersion: object({
    id: integer,
    service: string,
    version: string,
    environment: string,
    kind: { enum: ['deployment', 'release'] },
    applicationInstance: nullableString,
    current: { type: 'boolean' },
    createdAt: dateTime,
    endedAt: { type: ['string', 'null'], format: 'date-time' },
  }),
  Event: object({
    id: integer,
    type: string,
    service: nullableString,
    payload: { type: 'object' },
    createdAt: dateTime,
  }),
  Reason: {
    ...object(
      {
        kind: string,
        via: { enum: ['comparison', 'pact-verification'] },
        integration,
        subject: versionRef,
        consumer: versionRef,
        provider: { oneOf: [versionRef, string] },
        environment: string,
        contractSha: sha,
        specSha: sha,
        findings: comparisonSummary,
      },
      [
        'via',
        'integration',
        'subject',
        'consumer',
        'provider',
        'environment',
        'contractSha',
        'specSha',
        'findings',
      ],
    ),
    description:
      'Why: `kind` says which (see core `Reason`); the other fields name the integration and versions.',
  },
  MatrixRow: object({
    consumer: object({ name: string, version: string, branch: nullableString }),
    provider: object({ name: string, version: nullableString, branch: nullableString }),
    contractSha: sha,
    specSha: { type: ['string', 'null'] },
    status: { enum: ['compatible', 'incompatible', 'unknown'] },
  }),
  ApiToken: object({
    id: integer,
    name: string,
    role: { enum: ['read', 'write', 'admin'] },
    createdAt: dateTime,
    revokedAt: { type: ['string', 'null'], format: 'date-time' },
  }),
  NewApiToken: object({
    id: integer,
    name: string,
    role: { enum: ['read', 'write', 'admin'] },
    createdAt: dateTime,
    revokedAt: { type: 'null' },
    token: { type: 'string', description: 'Shown once; only its hash is stored.' },
  }),
  ServiceGraph: object({
    services: { type: 'array', items: object({ name: string }) },
    integrations: {
      type: 'array',
      items: object({
        consumer: string,
        provider: string,
        status: { enum: ['compatible', 'incompatible', 'unknown'] },
        contractSha: sha,
        specSha: { type: ['string', 'null'] },
      }),
    },
  }),
  DeployGuardAnswer: object({
    service: string,
    version: string,
    environment: string,
    verdict: { enum: ['safe', 'unsafe', 'unknown'] },
    reasons: { type: 'array', items: ref('Reason') },
  }),
};
