import { describe, expect, it } from 'vitest';
import { PactValidationError } from '../errors/pact-validation-error.js';
import { readForVerificationRequest } from './for-verification-request.js';

const environments = new Set<string>();
const errorsOf = (body: unknown): Record<string, string[]> => {
  try {
    readForVerificationRequest(body, environments);
  } catch (error) {
    if (error instanceof PactValidationError) return error.errors;
    throw error;
  }
  return {};
};

describe('readForVerificationRequest', () => {
  it('refuses a blank providerVersionBranch where Pact Broker does', () => {
    // pacts_for_verification_json_query_schema.rb: whitespace is always an error; "" only with pending or WIP
    // and no provider tags.
    expect(errorsOf({ providerVersionBranch: '  ' })['providerVersionBranch']).toEqual(['cannot be blank']);
    expect(errorsOf({ providerVersionBranch: '', includePendingStatus: true })).toHaveProperty(
      'providerVersionBranch',
    );
    expect(errorsOf({ providerVersionBranch: '', includeWipPactsSince: '2024-01-01' })).toHaveProperty(
      'providerVersionBranch',
    );
  });

  it('treats "" as no branch when nothing uses the branch, or provider tags are given', () => {
    expect(errorsOf({ providerVersionBranch: '' })).toEqual({});
    expect(
      errorsOf({ providerVersionBranch: '', includePendingStatus: true, providerVersionTags: ['main'] }),
    ).toEqual({});
    expect(
      readForVerificationRequest({ providerVersionBranch: '' }, environments).providerVersionBranch,
    ).toBe(undefined);
  });
});
