import { pathToFileURL } from 'node:url';
import type { CiLevel, CiProblem, CiReport, SourceLocation } from './ci-report.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';
const levels: Record<CiLevel, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  note: 'note',
};

/**
 * The report as a SARIF 2.1.0 log (for code-scanning uploads): one run, a rule per problem code, a result per
 * problem with its level, message and locations (file, and line when known; other files as related locations).
 */
export function sarifLog(report: CiReport, toolVersion: string): string {
  const problems = report.cases.flatMap((c) => c.problems.map((problem) => ({ name: c.name, problem })));
  const ruleIds = [...new Set(problems.map(({ problem }) => problem.code))].sort();
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'signet',
            version: toolVersion,
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: describeCode(id) } })),
          },
        },
        invocations: [{ executionSuccessful: true, commandLine: report.command }],
        results: problems.map(({ name, problem }) => result(name, problem, ruleIds.indexOf(problem.code))),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function result(name: string, problem: CiProblem, ruleIndex: number): Record<string, unknown> {
  const text = [`${name}: ${problem.message}`, problem.detail].filter(Boolean).join('\n');
  return {
    ruleId: problem.code,
    ruleIndex,
    level: levels[problem.level],
    message: { text },
    ...(problem.location ? { locations: [physical(problem.location)] } : {}),
    ...(problem.related?.length
      ? { relatedLocations: problem.related.map((at, id) => ({ id, ...physical(at) })) }
      : {}),
  };
}

function physical(at: SourceLocation): Record<string, unknown> {
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(at.file) },
      ...(at.line === undefined ? {} : { region: { startLine: at.line } }),
    },
  };
}

/** A relative path stays relative (resolved against the checkout); an absolute one becomes a file: URL. */
export function artifactUri(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:\//.test(slashed)) return pathToFileURL(file).href;
  return slashed.split('/').map(encodeURIComponent).join('/');
}

/** `response.body.incompatible` → `response body incompatible`: the code is the rule's name. */
function describeCode(id: string): string {
  return id.replace(/[.-]/g, ' ');
}
