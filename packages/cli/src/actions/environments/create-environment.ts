import { BrokerProblemError, type Environment, type SignetClient } from '@signet/client';
import { CliError, ExitCode } from '../../exit-codes.js';

/** What `signet environment create` asks for; an absent display name is the broker's default (the name). */
export interface EnvironmentRequest {
  name: string;
  displayName?: string;
  production: boolean;
}

/** The environment, and whether this call created it or found it as asked. */
export interface EnsuredEnvironment {
  environment: Environment;
  created: boolean;
}

/**
 * Creates the environment, or accepts the one already there when its settings are those asked for, so a
 * pipeline can run the command every time. One with other settings is a failed check (exit 1) naming them:
 * the command never changes an existing environment.
 *
 * @example await createEnvironment(client, { name: 'production', production: true }) // { created: false, … } on a rerun
 */
export async function createEnvironment(
  client: SignetClient,
  request: EnvironmentRequest,
): Promise<EnsuredEnvironment> {
  try {
    return { environment: await client.environments.create(request), created: true };
  } catch (error) {
    // The broker answers 409 `environment.exists` for a name that is taken.
    if (!(error instanceof BrokerProblemError) || error.code !== 'environment.exists') throw error;
  }
  const existing = await client.environments.get(request.name);
  const differences = [
    ...(existing.production === request.production
      ? []
      : [`production: ${existing.production} (asked: ${request.production})`]),
    ...(request.displayName === undefined || existing.displayName === request.displayName
      ? []
      : [`display name: '${existing.displayName}' (asked: '${request.displayName}')`]),
  ];
  if (differences.length > 0) {
    throw new CliError(
      `environment ${request.name} already exists with other settings: ${differences.join('; ')}; ` +
        'it was left as it is',
      ExitCode.failed,
    );
  }
  return { environment: existing, created: false };
}
