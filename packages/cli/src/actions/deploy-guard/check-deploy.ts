import type { DeployGuardAnswer, DeployGuardQuery, SignetClient } from '@signet/client';
import { nameMissingOperations, type MissingOperation } from './missing-operations.js';

/** The broker's answer, with the spec operations that requests the deployed provider lacks correspond to. */
export interface DeployCheck extends DeployGuardAnswer {
  /** For requests no operation of the verified spec matched: the provider's newest spec operation they call. */
  missingOperations: MissingOperation[];
}

/** Asks the deploy guard and names the spec operations behind requests the deployed provider does not know. */
export async function checkDeploy(client: SignetClient, query: DeployGuardQuery): Promise<DeployCheck> {
  const answer = await client.deployGuard.check(query);
  return { ...answer, missingOperations: await nameMissingOperations(client, answer) };
}
