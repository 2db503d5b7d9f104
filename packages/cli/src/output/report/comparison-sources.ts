import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseContract } from '@signet/core';
import type { ComparisonSources } from './comparison-report.js';
import { interactionLabel } from './comparison-report.js';
import { displayPath } from './display-path.js';
import { SourceLines } from './source-lines.js';

/**
 * Reads again the two files a comparison used (it has already succeeded, so they parse) for what reports show:
 * their paths, their lines, and the contract's HTTP interactions.
 */
export async function comparisonSources(
  files: { spec: string; contract: string },
  cwd: string,
): Promise<ComparisonSources> {
  // Resolved as compareFiles resolves them.
  const [specText, contractText] = await Promise.all([
    readFile(path.resolve(files.spec), 'utf8'),
    readFile(path.resolve(files.contract), 'utf8'),
  ]);
  const interactions = parseContract(contractText).interactions.flatMap((i) =>
    i.kind === 'http'
      ? [{ location: i.location, name: interactionLabel(i.description, providerStates(i.providerStates)) }]
      : [],
  );
  return {
    specFile: displayPath(path.resolve(files.spec), cwd),
    contractFile: displayPath(path.resolve(files.contract), cwd),
    specLines: new SourceLines(specText),
    contractLines: new SourceLines(contractText),
    interactions,
  };
}

/** Provider state names joined as findings join them (`[none]` when there are none). */
function providerStates(states: Array<{ name: string }>): string {
  const names = states.map((s) => s.name).filter((n) => n.trim() !== '');
  return names.length === 0 ? '[none]' : names.join(', ');
}
