import { BrokerProblemError, type SignetClient, type Verification } from '@signet/client';
import { CliError } from '../../exit-codes.js';
import type { VerificationReport } from '../verify/index.js';

export interface PublishVerificationOptions {
  provider: string;
  version: string;
  branch: string;
  /** The content the provider was verified against (sha256 of the spec's text). */
  specSha: string;
  buildUrl?: string;
}

/** Records `signet test`'s result (success or failure) for the provider version, creating the version if needed. */
export async function publishVerification(
  client: SignetClient,
  report: VerificationReport,
  options: PublishVerificationOptions,
): Promise<Verification> {
  const { provider, version, branch } = options;
  await client.versions.ensure(provider, version, { branch });
  try {
    return await client.verifications.record(provider, version, {
      success: report.success,
      results: report.operations.map(
        ({ operation, operationId, requests, passed, failed, skipped, failures }) => ({
          operation,
          operationId,
          requests,
          passed,
          failed,
          skipped,
          // Enough to act on without copying the whole report into the broker.
          failures: failures
            .slice(0, 5)
            .map((failure) => ({ curl: failure.curl, status: failure.status, failures: failure.failures })),
        }),
      ),
      specSha: options.specSha,
      buildUrl: options.buildUrl,
    });
  } catch (error) {
    if (error instanceof BrokerProblemError && error.code === 'spec.not-found') {
      throw new CliError(
        `the broker does not know this spec (sha256 ${options.specSha.slice(0, 12)}…): publish it first with ` +
          `signet publish spec <file> --provider ${provider} --version ${version}`,
      );
    }
    throw error;
  }
}
