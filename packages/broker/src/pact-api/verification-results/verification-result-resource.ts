import type { Hal } from '../hal/hal.js';
import { pacticipantPath, pactVersionPath, verificationResultPath, versionPath } from '../hal/paths.js';

/** A stored Pact verification, as the Pact API shows it. */
export interface VerificationResultView {
  id: number;
  provider: string;
  consumer: string;
  contentSha: string;
  providerVersion: string;
  success: boolean;
  results: unknown[];
  buildUrl: string | null;
  createdAt: Date;
  verifiedBy?: unknown;
}

export function verificationResultResource(hal: Hal, view: VerificationResultView) {
  const { provider, consumer, contentSha: sha } = view;
  return {
    success: view.success,
    providerApplicationVersion: view.providerVersion,
    buildUrl: view.buildUrl,
    testResults: view.results,
    verifiedBy: view.verifiedBy ?? null,
    verificationDate: view.createdAt.toISOString(),
    createdAt: view.createdAt.toISOString(),
    _links: {
      self: hal.link(verificationResultPath(provider, consumer, sha, view.id), {
        title: 'Verification result',
      }),
      'pb:pact-version': hal.link(pactVersionPath(provider, consumer, sha), { title: 'Pact' }),
      'pb:provider': hal.link(pacticipantPath(provider), { name: provider }),
      'pb:provider-version': hal.link(versionPath(provider, view.providerVersion), {
        name: view.providerVersion,
      }),
    },
  };
}
