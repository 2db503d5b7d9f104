import type { Contract, HttpInteraction } from '../contracts/model.js';
import type { ProviderSpec } from '../specs/model.js';
import type { CompareOptions } from './check-context.js';
import { checkFailed, compareInteraction } from './compare-interaction.js';
import type { ComparisonResult, Finding } from './model.js';
import { FindingCollector } from './finding.js';
import { specContext } from './spec-context.js';
import { compareMessageInteraction } from './message/compare-message.js';
import { messageFinding } from './message/message-finding.js';
import { pickSpecs } from './message/messaging-context.js';

/**
 * Compares a consumer contract with a provider spec, statically: each HTTP interaction is routed to an
 * operation and its request and response are checked against it. Message interactions (async messages and
 * sync request/reply) are checked against an AsyncAPI spec: pass `[openapi, asyncapi]` for a contract with
 * both kinds. A message interaction with no AsyncAPI spec to check it is an error, never skipped.
 *
 * Requests must be valid as the spec writes them. Responses are read as promises: every field the consumer
 * relies on must be declared by the provider's schema, while fields it leaves out never matter.
 * Validators and the route index are built once per spec object and reused by later calls, so compare
 * many contracts against the same `ProviderSpec` instance. Never throws.
 *
 * @example
 * ```ts
 * const spec = await loadSpec(openapiText);
 * const contract = parseContract(pactJson);
 * const { compatible, findings } = compare(spec, contract);
 * for (const f of findings) console.log(f.type, f.code, f.mockDetails.location, f.message);
 * // error response.body.incompatible [root].interactions[0].response.body must NOT have additional properties - nickname
 * ```
 */
export function compare(
  spec: ProviderSpec | readonly ProviderSpec[],
  contract: Contract,
  options: CompareOptions = {},
): ComparisonResult {
  const findings: Finding[] = [];
  const { http, messaging } = pickSpecs(spec, options);
  const context = http && specContext(http);
  for (const interaction of contract.interactions) {
    if (interaction.kind !== 'http') {
      try {
        findings.push(...compareMessageInteraction(messaging, interaction, contract));
      } catch (error) {
        const failed = checkFailed('message comparison', error, '[root]');
        findings.push(messageFinding(interaction, { ...failed, mockLocation: interaction.location }));
      }
      continue;
    }
    if (!context) {
      findings.push(noSpec(interaction));
      continue;
    }
    try {
      findings.push(...compareInteraction(context, interaction, options));
    } catch (error) {
      // Each check is already contained; this only guards against a malformed hand-built model, and fails
      // closed like a check does.
      const collector = new FindingCollector(interaction);
      collector.add(checkFailed('comparison', error, '[root]'));
      findings.push(...collector.findings);
    }
  }
  return { compatible: !findings.some((f) => f.type === 'error'), findings };
}

function noSpec(interaction: HttpInteraction): Finding {
  return messageFinding(interaction, {
    code: 'request.path-or-method.unknown',
    type: 'error',
    message: 'No OpenAPI document provided to validate HTTP interaction',
    mockLocation: `${interaction.location}.request.path`,
    mockValue: interaction.request.path,
    specLocation: '[root]',
  });
}
