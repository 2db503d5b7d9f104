import type { Contract } from '../contracts/model.js';
import type { ProviderSpec } from '../specs/model.js';
import type { CompareOptions } from './check-context.js';
import { checkFailed, compareInteraction } from './compare-interaction.js';
import type { ComparisonResult, Finding } from './model.js';
import { FindingCollector } from './finding.js';
import { specContext } from './spec-context.js';

/**
 * Compares a consumer contract with a provider spec, statically: each HTTP interaction is routed to an
 * operation and its request and response are checked against it. Message interactions are skipped.
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
  spec: ProviderSpec,
  contract: Contract,
  options: CompareOptions = {},
): ComparisonResult {
  const findings: Finding[] = [];
  const context = specContext(spec);
  for (const interaction of contract.interactions) {
    if (interaction.kind !== 'http') continue;
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
