import { ContractError, parseContract } from '@signet/core';
import { CliError } from '../../exit-codes.js';
import { readTextFile } from '../read-text-file.js';

/** A Pact file read and checked: its text as published, and the names it gives. */
export interface PactFile {
  file: string;
  content: string;
  consumer: string;
  provider: string;
  interactions: number;
}

/** Reads a Pact file; anything that is not a Pact (v1–v4) is a usage error naming the file and what is wrong. */
export async function readPactFile(file: string): Promise<PactFile> {
  const content = await readTextFile(file, 'contract');
  try {
    const contract = parseContract(content);
    return {
      file,
      content,
      consumer: contract.consumer,
      provider: contract.provider,
      interactions: contract.interactions.length,
    };
  } catch (error) {
    if (error instanceof ContractError) {
      const where = error.location && error.location !== '/' ? ` at ${error.location}` : '';
      throw new CliError(`${file} is not a Pact file${where}: ${error.message}`);
    }
    throw error;
  }
}
