import { ContractError, parseContract } from '@signet/core';
import type { Contract } from '@signet/core';
import { CliError } from '../../exit-codes.js';
import { readTextFile } from '../read-text-file.js';

/** Reads and parses a Pact file (v1–v4); unreadable or not a Pact is a usage error naming the file. */
export async function loadContractFile(file: string): Promise<Contract> {
  const text = await readTextFile(file, 'contract');
  try {
    return parseContract(text);
  } catch (error) {
    if (!(error instanceof ContractError)) throw error;
    const where = error.location && error.location !== '/' ? ` at ${error.location}` : '';
    throw new CliError(`${file} is not a Pact file${where}: ${error.message}`);
  }
}
