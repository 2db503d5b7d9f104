import type { HttpRequest } from '../../contracts/model.js';
import type { CompareOptions } from '../check-context.js';
import type { FindingCollector } from '../finding.js';
import type { PactflowConfig } from '../pactflow-config.js';
import type { RouteMatch } from './route-index.js';

/**
 * The leniencies routing took to find the operation, each a finding: real consumers need them (a base URL that
 * already carries the server prefix, a stray trailing slash), but a server may answer such a request with a 404
 * or a redirect, so they are never silent. Warnings, or errors with `strictRouting`; PactFlow's
 * `x-opc-config-ignore-trailing-slash` makes a trailing slash silent (true) or an error (false).
 */
export function reportRouteLeniency(
  findings: FindingCollector,
  match: RouteMatch,
  request: HttpRequest,
  options: CompareOptions,
  config: PactflowConfig,
): void {
  const { route } = match;
  const operation = route.operation;
  const leniencyType = options.strictRouting ? 'error' : 'warning';
  if (match.trailingSlashDiffers && config.ignoreTrailingSlash !== true) {
    const type = config.ignoreTrailingSlash === false ? 'error' : leniencyType;
    findings.add({
      code: 'request.path.trailing-slash',
      type,
      message: route.trailingSlash
        ? `Request path lacks the trailing slash the spec's path has: ${request.path} for ${operation.path}`
        : `Request path has a trailing slash the spec's path does not: ${request.path} for ${operation.path}`,
      mockLocation: 'request.path',
      mockValue: request.path,
      specLocation: operation.location,
    });
  }
  if (route.prefixOmitted) {
    const prefixes = operation.basePaths.filter((b) => b !== '');
    findings.add({
      code: 'request.path.prefix-missing',
      type: leniencyType,
      message:
        `Request path does not start with the server path the spec declares (${prefixes.join(', ')}): ` +
        `${request.path} was matched to ${operation.path} on the assumption that the consumer's base URL carries it`,
      mockLocation: 'request.path',
      mockValue: request.path,
      specLocation: operation.location,
      specValue: prefixes,
    });
  }
}
