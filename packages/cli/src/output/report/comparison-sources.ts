import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadComparison } from '@signet/core/comparison-loader';
import type { ComparisonSources } from './comparison-report.js';
import { interactionLabel } from './comparison-report.js';
import { displayPath } from './display-path.js';
import { SourceLines } from './source-lines.js';

/** The files of a comparison: the spec, the contract, and an AsyncAPI spec given beside an OpenAPI one. */
export interface ComparedFileNames {
  spec: string;
  contract: string;
  messageSpec?: string;
}

/**
 * Reads again the files a comparison used (it has already succeeded, so they parse) for what reports show:
 * their paths, their lines, and the contract's HTTP interactions.
 */
export async function comparisonSources(files: ComparedFileNames, cwd: string): Promise<ComparisonSources> {
  // Resolved as compareFiles resolves them.
  const [specText, contractText, messageSpecText] = await Promise.all([
    readFile(path.resolve(files.spec), 'utf8'),
    readFile(path.resolve(files.contract), 'utf8'),
    files.messageSpec === undefined ? undefined : readFile(path.resolve(files.messageSpec), 'utf8'),
  ]);
  // The copy compareFiles loaded (the bundle when built), not a second one.
  const { parseContract } = await loadComparison();
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
    ...(files.messageSpec === undefined || messageSpecText === undefined
      ? {}
      : {
          messageSpec: {
            file: displayPath(path.resolve(files.messageSpec), cwd),
            lines: new SourceLines(messageSpecText),
          },
        }),
  };
}

/** Provider state names joined as findings join them (`[none]` when there are none). */
function providerStates(states: Array<{ name: string }>): string {
  const names = states.map((s) => s.name).filter((n) => n.trim() !== '');
  return names.length === 0 ? '[none]' : names.join(', ');
}
