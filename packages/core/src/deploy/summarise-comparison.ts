import type { ComparisonResult, Finding } from '../compare/model.js';
import type { Contract } from '../contracts/model.js';
import type { ComparisonSummary, FindingDigest } from './model.js';

/** How many errors a summary keeps: enough to act on, small enough to store with every comparison. */
export const summaryErrorLimit = 10;

/**
 * Reduces a comparison to what deploy-guard reasons show. With the contract, findings that matched no spec
 * operation (e.g. `request.path-or-method.unknown`) still name one: the request the consumer sends.
 *
 * @example
 * ```ts
 * const summary = summariseComparison(compare(spec, contract), contract);
 * summary.errors[0]?.operation; // 'GET /api/gadgets/{gadgetId}'
 * ```
 */
export function summariseComparison(result: ComparisonResult, contract?: Contract): ComparisonSummary {
  const errors = result.findings.filter((finding) => finding.type === 'error');
  const warningCount = result.findings.filter((finding) => finding.type === 'warning').length;
  return {
    compatible: result.compatible,
    errorCount: errors.length,
    warningCount,
    errors: errors.slice(0, summaryErrorLimit).map((finding) => digest(finding, contract)),
  };
}

function digest(finding: Finding, contract: Contract | undefined): FindingDigest {
  const operation = specOperation(finding) ?? contractOperation(finding, contract);
  return {
    code: finding.code,
    message: finding.message,
    interaction: finding.mockDetails.interactionDescription,
    ...(operation === undefined ? {} : { operation }),
  };
}

function specOperation(finding: Finding): string | undefined {
  const method = finding.specDetails?.pathMethod;
  const path = finding.specDetails?.pathName;
  return method && path ? `${method.toUpperCase()} ${path}` : undefined;
}

const interactionIndex = /^\[root\]\.interactions\[(\d+)\]/;

function contractOperation(finding: Finding, contract: Contract | undefined): string | undefined {
  const index = interactionIndex.exec(finding.mockDetails.location)?.[1];
  if (contract === undefined || index === undefined) return undefined;
  const interaction = contract.interactions.find((candidate) => candidate.index === Number(index));
  return interaction?.kind === 'http'
    ? `${interaction.request.method} ${interaction.request.path}`
    : undefined;
}
