import { FieldErrorList } from '../errors/pact-validation-error.js';
import { readSelectors, type ConsumerVersionSelector } from './selectors.js';

/** The body of `POST …/for-verification`, validated. */
export interface ForVerificationRequest {
  selectors: ConsumerVersionSelector[];
  providerVersionBranch?: string;
  providerVersionTags: string[];
  includePendingStatus: boolean;
  includeWipPactsSince?: Date;
}

/** Validates the body with Pact Broker's rules; 400 `{errors: {field: [messages]}}` on any problem. */
export function readForVerificationRequest(
  body: unknown,
  environments: ReadonlySet<string>,
): ForVerificationRequest {
  const errors = new FieldErrorList();
  const raw = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const optionalString = (key: string): string | undefined => {
    const value = raw[key];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') errors.add(key, 'must be a string');
    return typeof value === 'string' ? value : undefined;
  };
  const providerVersionBranch = optionalString('providerVersionBranch');
  const tags = raw['providerVersionTags'] ?? [];
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string'))
    errors.add('providerVersionTags', 'must be an array of strings');
  const pending = raw['includePendingStatus'] ?? false;
  if (typeof pending !== 'boolean') errors.add('includePendingStatus', 'must be a boolean');
  const since = optionalString('includeWipPactsSince');
  const sinceDate = since === undefined ? undefined : new Date(since);
  if (sinceDate !== undefined && Number.isNaN(sinceDate.getTime()))
    errors.add('includeWipPactsSince', 'must be a date, e.g. 2024-01-31');
  checkBlankBranch(raw, errors);
  const selectors = readSelectors(
    raw['consumerVersionSelectors'],
    { providerVersionBranch, environments },
    errors,
  );
  errors.throwIfAny();
  return {
    selectors,
    providerVersionBranch,
    providerVersionTags: Array.isArray(tags) ? (tags as string[]) : [],
    includePendingStatus: pending === true,
    includeWipPactsSince: sinceDate,
  };
}

/**
 * Pact Broker's rule for a blank `providerVersionBranch`: whitespace is an error; `""` is one only when pending
 * status or WIP pacts are asked for without provider tags (some clients send `""` for "no branch").
 */
function checkBlankBranch(raw: Record<string, unknown>, errors: FieldErrorList): void {
  const branch = raw['providerVersionBranch'];
  if (typeof branch !== 'string' || branch.trim() !== '') return;
  if (branch.length > 0) {
    errors.add('providerVersionBranch', 'cannot be blank');
    return;
  }
  const tags = raw['providerVersionTags'];
  const noTags = !Array.isArray(tags) || tags.length === 0;
  const pendingOrWip = raw['includePendingStatus'] === true || (raw['includeWipPactsSince'] ?? null) !== null;
  if (noTags && pendingOrWip)
    errors.add(
      'providerVersionBranch',
      'cannot be blank when pending or WIP pacts are asked for without providerVersionTags; leave it out if the provider version has no branch',
    );
}
