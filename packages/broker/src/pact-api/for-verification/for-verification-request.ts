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
