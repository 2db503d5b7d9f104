import type { DeployGuardAnswer, SignetClient } from '@signet/client';
import { BrokerProblemError } from '@signet/client';
import { loadSpec, type ProviderSpec } from '@signet/core';
import { templateMatches } from './template-matches.js';

/** A request the provider version in the environment has no operation for, and the operation a newer spec has. */
export interface MissingOperation {
  consumer: { service: string; version: string };
  provider: { service: string; version: string };
  /** As the contract sends it, e.g. `GET /api/gadgets/42`. */
  request: string;
  /** The newest spec's operation for it, e.g. `GET /api/gadgets/{gadgetId}`. */
  operation: string;
  /** The version the newest spec was published with. */
  specVersion: string | null;
}

/**
 * The broker names an unknown request as the consumer sends it (`GET /api/gadgets/42`); the operation the
 * teams agreed on is in the provider's newest spec. Looks it up there, so the reason can name it.
 */
export async function nameMissingOperations(
  client: SignetClient,
  answer: DeployGuardAnswer,
): Promise<MissingOperation[]> {
  const specs = new Map<string, Promise<{ spec: ProviderSpec; version: string | null } | undefined>>();
  const missing: MissingOperation[] = [];
  for (const reason of answer.reasons) {
    if (reason.kind !== 'incompatible') continue;
    const { consumer, provider } = reason.integration;
    for (const error of reason.findings.errors) {
      if (error.code !== 'request.path-or-method.unknown' || error.operation === undefined) continue;
      if (!specs.has(provider.service)) specs.set(provider.service, newestSpec(client, provider.service));
      const newest = await specs.get(provider.service);
      const operation = newest === undefined ? undefined : findOperation(newest.spec, error.operation);
      if (operation !== undefined && newest !== undefined) {
        missing.push({
          consumer,
          provider,
          request: error.operation,
          operation,
          specVersion: newest.version,
        });
      }
    }
  }
  return missing;
}

async function newestSpec(client: SignetClient, provider: string) {
  try {
    // HTTP operations are looked up: the OpenAPI spec (a provider may publish an AsyncAPI one too).
    const latest = await client.specs.latest(provider, 'openapi');
    return { spec: await loadSpec(latest.content), version: latest.version };
  } catch (error) {
    // No spec, or one the engine cannot load: the reason stands as the broker gave it.
    if (error instanceof BrokerProblemError || (error as Error).name === 'SpecError') return undefined;
    throw error;
  }
}

function findOperation(spec: ProviderSpec, request: string): string | undefined {
  const [method = '', path = ''] = request.split(' ', 2);
  const match = spec.operations.find(
    (op) => op.method.toUpperCase() === method.toUpperCase() && templateMatches(op.basePaths, op.path, path),
  );
  return match === undefined ? undefined : `${match.method.toUpperCase()} ${match.path}`;
}
