/**
 * Which flag (or argument) of each command sets each field the broker may name in a validation issue
 * (`body.events.0`, `query.limit`), so a refusal is told in the words the user typed.
 */
const version = { 'body.version': '--version', 'body.branch': '--branch', 'body.tags': '--tag' };
const deployment = {
  'path.environment': '--environment',
  'path.name': '--environment',
  'body.service': '--service',
  'body.version': '--version',
  'body.applicationInstance': '--application-instance',
};
const webhook = {
  'body.events': '--event',
  'body.url': '--url',
  'body.service': '--service',
  'body.consumer': '--consumer',
  'body.provider': '--provider',
  'body.secret': '--secret',
  'body.headers': '--header',
  'body.body': '--body',
  'body.method': '--method',
  'body.description': '--description',
};

const byCommand: Record<string, Record<string, string>> = {
  'publish spec': { ...version, 'path.service': '--provider', 'body.content': '<file>' },
  'publish contract': {
    ...version,
    'body.consumerVersion': '--version',
    'body.content': '<files...>',
    'body.consumer': '<files...> (the pact names it)',
  },
  'record-deployment': deployment,
  'record-undeployment': deployment,
  'record-release': deployment,
  'deploy-guard': {
    'query.service': '--service',
    'query.version': '--version',
    'query.environment': '--environment',
  },
  'environment create': { 'body.name': '<name>', 'body.displayName': '--display-name' },
  'token create': { 'body.name': '--name', 'body.role': '--role' },
  'webhook create': { ...webhook, 'body.enabled': '--disabled' },
  'webhook update': { ...webhook, 'body.enabled': '--enable/--disable' },
  'webhook deliveries': { 'query.limit': '--limit', 'path.deliveryId': '--delivery' },
  test: { 'body.buildUrl': '--build-url', 'body.branch': '--branch', 'path.version': '--version' },
};

/**
 * The flag that set the field at `path` for `command`, with the item's position when the path goes into a
 * repeated flag; undefined when the table does not know it (the path is then shown as the broker gave it).
 *
 * @example flagFor('webhook create', 'body.events.1') // "--event (the 2nd)"
 */
export function flagFor(command: string, path: string): string | undefined {
  const table = byCommand[command];
  if (table === undefined) return undefined;
  const parts = path.split('.');
  // The longest known prefix: `body.events.0` is the first `--event`.
  for (let length = parts.length; length > 0; length--) {
    const flag = table[parts.slice(0, length).join('.')];
    if (flag === undefined) continue;
    const index = parts[length];
    return index !== undefined && /^\d+$/.test(index) ? `${flag} (the ${ordinal(Number(index) + 1)})` : flag;
  }
  return undefined;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
