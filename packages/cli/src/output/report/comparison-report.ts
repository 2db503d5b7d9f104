import type { ComparisonResult, Finding } from '@signet/core';
import type { CiCase, CiProblem, CiReport, SourceLocation } from './ci-report.js';
import type { SourceLines } from './source-lines.js';

/** The files a comparison read, to point findings at lines. */
export interface ComparisonSources {
  /** Paths as shown in reports (relative to the working directory where possible). */
  specFile: string;
  contractFile: string;
  specLines?: SourceLines;
  contractLines?: SourceLines;
  /** The AsyncAPI spec given beside an OpenAPI one (`--spec` twice): where message findings point. */
  messageSpec?: { file: string; lines?: SourceLines };
  /** The contract's HTTP interactions, so those without findings are cases too. */
  interactions: Array<{ location: string; name: string }>;
}

/** A comparison as a CI report: one case per HTTP interaction, failed when it has an error finding. */
export function comparisonReport(result: ComparisonResult, sources: ComparisonSources): CiReport {
  const byInteraction = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const key = interactionOf(finding.mockDetails.location);
    byInteraction.set(key, [...(byInteraction.get(key) ?? []), finding]);
  }
  const named = new Map(sources.interactions.map((i) => [i.location, i.name]));
  // Findings for interactions the list lacks (it should not happen) are still reported.
  const locations = [...new Set([...named.keys(), ...byInteraction.keys()])];
  const cases = locations.map((location): CiCase => {
    const findings = byInteraction.get(location) ?? [];
    return {
      group: sources.contractFile,
      name: named.get(location) ?? interactionName(findings[0]),
      failed: findings.some((f) => f.type === 'error'),
      problems: findings.map((f) => problem(f, sources)),
    };
  });
  const errors = result.findings.filter((f) => f.type === 'error').length;
  const warnings = result.findings.length - errors;
  return {
    command: 'signet compare',
    title: `${sources.contractFile} against ${sources.specFile}${sources.messageSpec ? ` and ${sources.messageSpec.file}` : ''}`,
    passed: result.compatible,
    summary: `${result.compatible ? 'compatible' : 'incompatible'}: ${errors} error(s), ${warnings} warning(s)`,
    cases,
  };
}

/** `description (given state)`, as the text report names an interaction. */
export function interactionLabel(description: string, state: string): string {
  return state && state !== '[none]' ? `${description} (given ${state})` : description;
}

function problem(finding: Finding, sources: ComparisonSources): CiProblem {
  const spec = finding.specDetails;
  const contractAt = {
    file: sources.contractFile,
    line: sources.contractLines?.lineOf(finding.mockDetails.location),
  };
  // Message findings come from the AsyncAPI spec, every other from the OpenAPI one (compare's own split).
  const specSource =
    sources.messageSpec && finding.code.startsWith('message.')
      ? sources.messageSpec
      : { file: sources.specFile, lines: sources.specLines };
  const specAt = spec && { file: specSource.file, line: specSource.lines?.lineOf(spec.location) };
  const detail = [
    `contract: ${where(contractAt)} at ${finding.mockDetails.location}`,
    spec && specAt ? `spec: ${where(specAt)} at ${spec.location}` : '',
    spec?.pathMethod && spec.pathName ? `operation: ${spec.pathMethod.toUpperCase()} ${spec.pathName}` : '',
  ];
  return {
    level: finding.type === 'info' ? 'note' : finding.type,
    code: finding.code,
    message: finding.message,
    detail: detail.filter(Boolean).join('\n'),
    location: contractAt,
    related: specAt ? [specAt] : [],
  };
}

function where(at: SourceLocation): string {
  return at.line === undefined ? at.file : `${at.file}:${at.line}`;
}

/** `[root].interactions[4].request.query.age` → `[root].interactions[4]`. */
function interactionOf(location: string): string {
  return /^\[root\]\.interactions\[\d+\]/.exec(location)?.[0] ?? location;
}

function interactionName(finding: Finding | undefined): string {
  if (finding === undefined) return 'interaction';
  return interactionLabel(finding.mockDetails.interactionDescription, finding.mockDetails.interactionState);
}
