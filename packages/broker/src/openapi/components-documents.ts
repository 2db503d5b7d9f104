import {
  boolean,
  dateTime,
  described,
  integer,
  nullableString,
  object,
  oneOf,
  ref,
  sha,
  string,
  strings,
} from './schema-helpers.js';

/** Schemas of specs, contracts and their comparisons. */

const documentContent = described(
  { oneOf: [string, { type: 'object' }] },
  'The document’s text (JSON or YAML), or the parsed JSON document.',
);
const spec = {
  id: integer,
  service: string,
  version: nullableString,
  contentSha: described(sha, 'sha256 of the text, lower-case hex: the same text is stored once.'),
  kind: described(
    oneOf('openapi', 'asyncapi'),
    'What the spec describes: HTTP (OpenAPI, Swagger) or messages (AsyncAPI). A version holds at most one of each.',
  ),
  setSha: described(
    sha,
    'The `specSha` of the version’s comparisons: `contentSha`, or, when the version has an OpenAPI and an AsyncAPI spec, the sha of the spec-set document over both (contracts are compared with both at once).',
  ),
  createdAt: dateTime,
};
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
  status: described(
    oneOf('compatible', 'incompatible', 'failed'),
    '`failed`: the comparison could not run (see `error`); it says nothing about compatibility.',
  ),
  summary: ref('ComparisonSummary'),
  error: nullableString,
  createdAt: dateTime,
};
const comparisons = (description: string) =>
  described({ type: 'array', items: ref('Comparison') }, description);
const anyValue = {};

export const documentSchemas = {
  Spec: described(
    object(spec),
    'A provider spec as published for a provider (version): OpenAPI 3.x or Swagger 2.0 (HTTP), or AsyncAPI 2.x/3.x (messages).',
  ),
  SpecWithContent: object({ ...spec, content: string }),
  Contract: described(
    object(contract),
    'A consumer contract (Pact) of one consumer version with one provider.',
  ),
  ContractWithContent: object({ ...contract, content: string }),
  PublishOutcome: described(
    oneOf('created', 'unchanged', 'replaced'),
    '`created` the first time, `unchanged` when repeated, `replaced` with `overwrite`.',
  ),
  PublishSpecInput: object(
    {
      content: described(
        documentContent,
        'The spec: OpenAPI 3.0/3.1, Swagger 2.0 or AsyncAPI 2.x/3.x, JSON or YAML (local `$ref`s only).',
      ),
      version: string,
      branch: described(string, 'Needs `version`.'),
      overwrite: described(
        boolean,
        'Replace a different spec already published for this version (else 409 `spec.content-changed`).',
      ),
    },
    ['version', 'branch', 'overwrite'],
  ),
  PublishContractInput: object(
    {
      content: described(documentContent, 'The Pact file; consumer and provider are read from it.'),
      consumerVersion: string,
      consumer: described(string, 'When given, must match the contract’s consumer.'),
      branch: string,
      tags: strings,
      overwrite: described(
        boolean,
        'Replace different content already published for this version (else 409 `contract.content-changed`).',
      ),
    },
    ['consumer', 'branch', 'tags', 'overwrite'],
  ),
  PublishedSpec: object({
    outcome: ref('PublishOutcome'),
    spec: ref('Spec'),
    comparisons: comparisons(
      'The comparisons this publication ran or found, against the contracts of the provider’s consumers.',
    ),
  }),
  PublishedContract: object({
    outcome: ref('PublishOutcome'),
    contract: ref('Contract'),
    comparisons: comparisons('Comparisons with the provider’s specs that matter.'),
  }),
  FindingDigest: described(
    object(
      {
        code: string,
        message: string,
        interaction: described(string, 'The interaction that failed, as the contract describes it.'),
        operation: described(
          string,
          '`GET /api/gadgets/{gadgetId}`: the spec operation, or the contract’s request when none matched.',
        ),
      },
      ['operation'],
    ),
    'One error worth showing in a summary (warnings never block).',
  ),
  ComparisonSummary: described(
    object({
      compatible: boolean,
      errorCount: integer,
      warningCount: integer,
      errors: described(
        { type: 'array', items: ref('FindingDigest') },
        'The first few errors, in contract order.',
      ),
    }),
    'What a comparison concluded, reduced to counts and the first few errors.',
  ),
  Finding: described(
    object(
      {
        code: string,
        type: oneOf('error', 'warning', 'info'),
        message: string,
        mockDetails: object(
          { interactionDescription: string, interactionState: string, location: string, value: anyValue },
          ['value'],
        ),
        specDetails: object({ location: string, pathMethod: string, pathName: string, value: anyValue }, [
          'pathMethod',
          'pathName',
          'value',
        ]),
        causes: described(
          { type: 'array', items: ref('Finding') },
          'Why a composite finding holds: for `message.no.match`, each candidate message’s errors.',
        ),
      },
      ['specDetails', 'causes'],
    ),
    'One finding of a comparison, with PactFlow’s codes (e.g. `request.path-or-method.unknown`).',
  ),
  Comparison: described(
    object(comparison),
    'A consumer contract content checked against a provider spec content, once per pair.',
  ),
  ComparisonWithFindings: object({ ...comparison, findings: { type: 'array', items: ref('Finding') } }),
  ComparisonRequest: described(
    object({
      contractSha: described(sha, 'A contract content (`contentSha` of a contract).'),
      specSha: described(
        sha,
        'A spec key: a spec’s `setSha` (its `contentSha` when its version has one spec).',
      ),
    }),
    'A pair to compare: a contract content and a spec of the provider it names.',
  ),
};
