import type { Store } from '../../store/index.js';
import type { TaggedVerification } from '../store/tagged-verifications.js';
import type { Badge } from '../can-i-deploy/badge-svg.js';
import { badgeLabel, pactNotFoundBadge, statusBadge } from './pact-badge.js';

/**
 * The Pact Broker's matrix badge (`/matrix/provider/{p}/latest/{providerTag}/consumer/{c}/latest/{tag}/badge`):
 * the latest pact of a consumer version with `tag`, rated by the verification that counts for the two tags — of
 * the newest consumer version with `tag` whose content a provider version with `providerTag` verified, the one by
 * the newest such provider version (then the newest verification). Verified, changed (that verification was of
 * other content than the latest pact's), failed, unknown (none), or "pact not found".
 */
export async function matrixBadge(
  store: Store,
  names: { provider: string; consumer: string },
  tags: { consumer: string; provider: string },
  label?: string,
): Promise<Badge> {
  const service = await store.services.find(names.provider);
  const candidates =
    service === undefined ? [] : await store.pact.candidates.forProvider(service.id, names.consumer);
  const tagged = candidates.filter((candidate) => candidate.tags.includes(tags.consumer));
  const latest = tagged.at(-1);
  if (service === undefined || latest === undefined) return pactNotFoundBadge;
  const shas = [...new Set(tagged.map((candidate) => candidate.contentSha))];
  const verifications = await store.pact.taggedVerifications.byProviderTag(service.id, tags.provider, shas);
  // Per content, the verification by the newest provider version (then the newest verification).
  const standing = new Map<string, TaggedVerification>();
  for (const verification of verifications) {
    const best = standing.get(verification.contentSha);
    const newer =
      best === undefined ||
      verification.providerVersionId > best.providerVersionId ||
      (verification.providerVersionId === best.providerVersionId && verification.id > best.id);
    if (newer) standing.set(verification.contentSha, verification);
  }
  const newestVerified = tagged.findLast((candidate) => standing.has(candidate.contentSha));
  return statusBadge(
    badgeLabel(names, label),
    latest.contentSha,
    newestVerified === undefined ? undefined : standing.get(newestVerified.contentSha),
  );
}
