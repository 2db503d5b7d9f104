import { maxPageSize } from '../store/index.js';
import { schemas } from './components.js';
import { paths } from './paths.js';
import { pageOf } from './schema-helpers.js';

const paged = [
  'Service',
  'Version',
  'Verification',
  'VersionVerifications',
  'Spec',
  'Contract',
  'Environment',
  'DeployedVersion',
  'Event',
  'MatrixRow',
  'ApiToken',
  'Webhook',
  'WebhookDelivery',
];

/** The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`. */
export function openApiDocument(): Record<string, unknown> {
  const pages = Object.fromEntries(paged.map((name) => [`${name}Page`, pageOf(name)]));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Signet broker API',
      version: '1',
      description:
        `Lists are cursor-paginated (\`?limit=&cursor=\` → \`{ items, nextCursor }\`), at most ${maxPageSize} items a page, ` +
        'in a stable order. Errors are application/problem+json with a stable `code`; every response carries X-Request-ID.',
    },
    paths,
    components: { schemas: { ...schemas, ...pages } },
  };
}
