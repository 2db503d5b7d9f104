import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compare, ContractError, loadSpec, parseContract, SpecError } from '@signet/core';
import type { ComparisonResult } from '@signet/core';
import { CliError } from '../exit-codes.js';

export interface CompareFilesInput {
  specPath: string;
  contractPath: string;
  allowUndeclaredResponseFields?: boolean;
  strictRouting?: boolean;
  /** Largest spec file (and each file it references) loaded; core's default (10 MiB) when unset. */
  maxSpecBytes?: number;
}

/** Loads a spec and a Pact from disk and compares them; unreadable or invalid input becomes a CliError. */
export async function compareFiles(input: CompareFilesInput): Promise<ComparisonResult> {
  const limits = input.maxSpecBytes === undefined ? {} : { maxBytes: input.maxSpecBytes };
  const spec = await loadSpec({ path: path.resolve(input.specPath) }, limits).catch((error: unknown) => {
    throw describeLoadError('spec', input.specPath, error);
  });
  const contractText = await readFile(input.contractPath, 'utf8').catch((error: unknown) => {
    throw new CliError(`cannot read contract ${input.contractPath}: ${(error as Error).message}`);
  });
  let contract;
  try {
    contract = parseContract(contractText);
  } catch (error) {
    throw describeLoadError('contract', input.contractPath, error);
  }
  return compare(spec, contract, {
    allowUndeclaredResponseFields: input.allowUndeclaredResponseFields,
    strictRouting: input.strictRouting,
  });
}

function describeLoadError(what: string, file: string, error: unknown): Error {
  if (error instanceof SpecError || error instanceof ContractError) {
    const where = error.location && error.location !== '/' ? ` at ${error.location}` : '';
    return new CliError(`invalid ${what} ${file}${where}: ${error.message} [${error.code}]`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
