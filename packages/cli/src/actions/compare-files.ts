import { readFile } from 'node:fs/promises';
import path from 'node:path';
// The narrow entry (the main one would load the deploy, evolution and webhook modules too), from its bundle when built.
import { loadComparison, type Comparison } from '@signet/core/comparison-loader';
import type { ComparisonResult, ProviderSpec } from '@signet/core';
import { CliError } from '../exit-codes.js';

export interface CompareFilesInput {
  /** One spec, or two: at most one OpenAPI/Swagger (HTTP interactions) and one AsyncAPI (message interactions). */
  specPaths: readonly string[];
  contractPath: string;
  allowUndeclaredResponseFields?: boolean;
  strictRouting?: boolean;
  /** Largest spec file (and each file it references) loaded; core's default (10 MiB) when unset. */
  maxSpecBytes?: number;
}

/** A comparison, and which given file answered HTTP interactions and which message interactions. */
export interface ComparedFiles {
  result: ComparisonResult;
  httpSpecPath?: string;
  messageSpecPath?: string;
}

/** Loads the specs and a Pact from disk and compares them; unreadable or invalid input becomes a CliError. */
export async function compareFiles(input: CompareFilesInput): Promise<ComparedFiles> {
  const core = await loadComparison();
  const { compare, loadSpec, parseContract } = core;
  const limits = input.maxSpecBytes === undefined ? {} : { maxBytes: input.maxSpecBytes };
  const specs: Array<{ file: string; spec: ProviderSpec }> = [];
  for (const file of input.specPaths) {
    const spec = await loadSpec({ path: path.resolve(file) }, limits).catch((error: unknown) => {
      throw describeLoadError('spec', file, error, core);
    });
    specs.push({ file, spec });
  }
  const http = specs.filter((s) => s.spec.messaging === undefined);
  const messaging = specs.filter((s) => s.spec.messaging !== undefined);
  // compare reads the first of each kind: a second one would be silently ignored, so it is refused.
  for (const [kind, list] of [
    ['OpenAPI/Swagger', http],
    ['AsyncAPI', messaging],
  ] as const) {
    if (list.length > 1)
      throw new CliError(
        `--spec given ${list.length} ${kind} specs (${list.map((s) => s.file).join(', ')}): give at most one OpenAPI/Swagger spec and one AsyncAPI spec`,
      );
  }
  const contractText = await readFile(input.contractPath, 'utf8').catch((error: unknown) => {
    throw new CliError(`cannot read contract ${input.contractPath}: ${(error as Error).message}`);
  });
  let contract;
  try {
    contract = parseContract(contractText);
  } catch (error) {
    throw describeLoadError('contract', input.contractPath, error, core);
  }
  const result = compare(
    specs.map((s) => s.spec),
    contract,
    {
      allowUndeclaredResponseFields: input.allowUndeclaredResponseFields,
      strictRouting: input.strictRouting,
    },
  );
  return {
    result,
    ...(http[0] ? { httpSpecPath: http[0].file } : {}),
    ...(messaging[0] ? { messageSpecPath: messaging[0].file } : {}),
  };
}

function describeLoadError(what: string, file: string, error: unknown, core: Comparison): Error {
  if (error instanceof core.SpecError || error instanceof core.ContractError) {
    const where = error.location && error.location !== '/' ? ` at ${error.location}` : '';
    return new CliError(`invalid ${what} ${file}${where}: ${error.message} [${error.code}]`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
