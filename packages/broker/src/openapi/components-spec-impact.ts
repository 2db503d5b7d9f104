import {
  boolean,
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

const documentContent = described(
  { oneOf: [{ type: 'string', minLength: 1 }, { type: 'object' }] },
  'The document as text (JSON or YAML) or as a JSON object.',
);
const list = (items: object) => ({ type: 'array', items });
const refs = list({ $ref: '#/components/schemas/InteractionRef' });
const used = { usedBy: refs };
const where = { environments: strings, branches: strings, mainBranch: boolean };
const optionalWhere = ['environments', 'branches', 'mainBranch'];
const selection = described(
  object({ environment: string, branch: string }, ['environment', 'branch']),
  'Which consumer versions counted: running in `environment`, the latest on `branch`, or (neither) on each consumer’s main branch.',
);

/** Schemas of spec impact (a candidate spec's changes × the consumers that use them) and spec usage. */
export const specImpactSchemas = {
  SpecImpactInput: object(
    {
      content: documentContent,
      environment: described(string, 'Count the consumer versions deployed or released there.'),
      branch: described(string, 'Count each consumer’s latest version on this branch.'),
    },
    ['environment', 'branch'],
  ),
  InteractionRef: described(
    object({ consumer: string, version: string, interaction: string, index: integer }, ['version']),
    'One interaction of one consumer version’s contract.',
  ),
  SpecChange: described(
    object(
      {
        id: described(string, 'Stable check id, e.g. `response-required-property-removed`.'),
        severity: oneOf('breaking', 'potentially-breaking', 'safe'),
        message: string,
        direction: oneOf('request', 'response', 'spec'),
        operation: object({ method: string, path: string }),
        parameter: object({ in: string, name: string }),
        status: string,
        mediaType: string,
        propertyPath: described(string, 'e.g. `items[].inStock`; empty for the schema itself.'),
        base: described(string, 'JSON pointer into the base spec.'),
        head: described(string, 'JSON pointer into the candidate spec.'),
      },
      ['operation', 'parameter', 'status', 'mediaType', 'propertyPath', 'base', 'head'],
    ),
    'One classified change between two versions of a spec.',
  ),
  ConsumerRef: object({ consumer: string, version: string, ...where }, ['version', ...optionalWhere]),
  ChangeImpact: described(
    object({
      change: ref('SpecChange'),
      verdict: described(
        oneOf('breaks', 'used', 'unused', 'safe'),
        '`unused`: breaking in theory, but no consumer counted relies on it — safe to ship.',
      ),
      breaks: list(ref('ConsumerRef')),
      ...used,
      message: string,
    }),
    'A change and the consumers it breaks.',
  ),
  ConsumerImpact: described(
    object(
      {
        consumer: string,
        version: string,
        ...where,
        verdict: described(
          oneOf('broken', 'already-incompatible', 'compatible'),
          '`broken`: its contract passes against the base spec and fails against the candidate.',
        ),
        changes: described(list(integer), 'Indexes into `changes` of the changes that break it.'),
        findings: list(ref('Finding')),
      },
      ['version', ...optionalWhere],
    ),
    'One consumer version counted, and what the candidate does to it.',
  ),
  SpecImpact: object({
    changes: list(ref('ChangeImpact')),
    consumers: list(ref('ConsumerImpact')),
    unexplained: described(
      list(ref('ConsumerRef')),
      'Broken consumers no listed change concerns (still broken).',
    ),
    counts: object({
      breaks: integer,
      used: integer,
      unused: integer,
      safe: integer,
      brokenConsumers: integer,
    }),
    broken: described(boolean, 'True when any consumer counted is broken.'),
  }),
  StoredSpecRef: object({ id: integer, version: nullableString, contentSha: sha }),
  SpecImpactAnswer: described(
    object({ provider: string, base: ref('StoredSpecRef'), selection, impact: ref('SpecImpact') }),
    'What publishing the candidate spec would do to the consumers that count; nothing is stored.',
  ),
  MediaUsage: object({ mediaType: string, ...used, properties: list(object({ path: string, ...used })) }),
  OperationUsage: object(
    {
      method: string,
      path: string,
      operationId: string,
      ...used,
      parameters: list(object({ in: string, name: string, ...used })),
      requestBody: object({ content: list(ref('MediaUsage')) }),
      responses: list(
        object({
          status: string,
          ...used,
          headers: list(object({ name: string, ...used })),
          content: list(ref('MediaUsage')),
        }),
      ),
    },
    ['operationId', 'requestBody'],
  ),
  SpecUsageAnswer: described(
    object({
      provider: string,
      spec: ref('StoredSpecRef'),
      selection,
      consumers: list(ref('ConsumerRef')),
      usage: object({ operations: list(ref('OperationUsage')), unrouted: refs }),
    }),
    'Which consumer interactions rely on each operation, parameter, status, header, media type and property of the latest spec.',
  ),
};
