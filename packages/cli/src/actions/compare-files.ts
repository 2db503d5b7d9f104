import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compare, ContractError, loadSpec, parseContract, SpecError } from '@signet/core';
import type { ComparisonResult } from '@signet/core';
import { CliError } from '../exit-codes.js';

export interface CompareFilesInput {
  specPath: string;
  contractPath: string;
  allowUndeclaredResponseFields?: boolean;
}

/** Loads a spec and a Pact from disk and compares them; unreadable or invalid input becomes a CliError. */
export async function compareFiles(input: CompareFilesInput): Promise<ComparisonResult> {
  const spec = await loadSpec({ path: path.resolve(input.specPath) }).catch((error: unknown) => {
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
  return compare(spec, contract, { allowUndeclaredResponseFields: input.allowUndeclaredResponseFields });
}

function describeLoadError(what: string, file: string, error: unknown): Error {
  if (error instanceof SpecError || error instanceof ContractError) {
    const where = error.location && error.location !== '/' ? ` at ${error.location}` : '';
    return new CliError(`invalid ${what} ${file}${where}: ${error.message} [${error.code}]`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
