import { json, op, page, path, query, ref } from './operation.js';

/** Operations on contracts, comparisons, the matrix, the graph. */
export const contractsPaths = {
  '/api/v1/contracts': {
    get: op({
      summary: 'List contracts (oldest first)',
      tag: 'contracts',
      parameters: [query('consumer'), query('provider'), query('consumerVersion', 'needs consumer'), ...page],
      ok: [200, 'A page', ref('ContractPage')],
      errors: [404],
    }),
    post: op({
      summary:
        'Publish a contract (201 new; 200 unchanged or replaced); compares it with the provider’s specs',
      tag: 'contracts',
      body: 'PublishContractInput',
      ok: [201, 'Published', ref('PublishedContract')],
      errors: [409, 413, 422],
    }),
  },
  '/api/v1/contracts/{id}': {
    get: op({
      summary: 'One contract with its content',
      tag: 'contracts',
      parameters: [path('id')],
      ok: [200, 'The contract', ref('ContractWithContent')],
      errors: [404],
    }),
  },
  '/api/v1/comparisons': {
    post: withAlready(
      op({
        summary: 'Compare a contract with a spec now (a pair not compared yet)',
        tag: 'comparisons',
        body: 'ComparisonRequest',
        ok: [
          201,
          'Compared now (in the worker pool; stored with its event in one transaction)',
          ref('ComparisonWithFindings'),
        ],
        errors: [404],
      }),
    ),
  },
  '/api/v1/comparisons/{contractSha}/{specSha}': {
    get: op({
      summary: 'One comparison with its findings',
      tag: 'comparisons',
      parameters: [path('contractSha'), path('specSha')],
      ok: [200, 'The comparison', ref('ComparisonWithFindings')],
      errors: [404],
    }),
  },
  '/api/v1/matrix': {
    get: op({
      summary: 'Consumer version × provider version with status (newest contracts first)',
      tag: 'matrix',
      parameters: [
        ...[
          'consumer',
          'provider',
          'consumerVersion',
          'providerVersion',
          'consumerBranch',
          'providerBranch',
        ].map((name) => query(name)),
        query('environment', 'only versions currently deployed or released there, on both sides'),
        { name: 'status', in: 'query', schema: ref('MatrixStatus') },
        ...page,
      ],
      ok: [200, 'A page', ref('MatrixRowPage')],
    }),
  },
  '/api/v1/graph': {
    get: op({
      summary: 'The service graph: services and integrations with status, through a lens',
      tag: 'graph',
      parameters: [
        query(
          'environment',
          'judge each integration by the versions running there (default: the main branches’ newest contract and spec)',
        ),
        query('consumer', 'only the integrations with this consumer (and the services they name)'),
        query('provider', 'only the integrations with this provider (and the services they name)'),
      ],
      ok: [200, 'The graph', ref('ServiceGraph')],
      errors: [404],
    }),
  },
};

/** `POST /comparisons` answers 200 with the stored comparison when the pair was compared already. */
function withAlready<T extends { responses: Record<string, unknown> }>(operation: T): T {
  const compared = {
    description: 'Already compared: the stored comparison',
    ...json(ref('ComparisonWithFindings')),
  };
  return { ...operation, responses: { 200: compared, ...operation.responses } };
}
