import { BrokerProblemError, type SignetClient, type SpecOperations } from '@signet/client';

const kinds = ['openapi', 'asyncapi'] as const;

const problem = (error: unknown, code: string) => error instanceof BrokerProblemError && error.code === code;

function noneFound(error: unknown): undefined {
  if (problem(error, 'spec.not-found')) return undefined;
  throw error;
}

/**
 * The provider's latest spec's operations: one spec, or the latest of each kind when it has published an
 * OpenAPI and an AsyncAPI spec (the broker then answers `spec.kind-ambiguous` without a kind). None: empty.
 */
export async function latestSpecsOperations(
  client: SignetClient,
  provider: string,
): Promise<SpecOperations[]> {
  try {
    const latest = await client.specs.latestOperations(provider).catch(noneFound);
    return latest === undefined ? [] : [latest];
  } catch (error) {
    if (!problem(error, 'spec.kind-ambiguous')) throw error;
  }
  const each = await Promise.all(
    kinds.map((kind) => client.specs.latestOperations(provider, kind).catch(noneFound)),
  );
  return each.filter((spec) => spec !== undefined);
}
