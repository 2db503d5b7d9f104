import type { Operation } from '@signet/core';
import type { HttpResponse } from '../http-sender.js';
import type { CheckFailure, CheckName } from '../report-model.js';
import type { RequestKind } from '../request-model.js';
import type { SchemaValidators } from '../schema-validators.js';

/** A check that ran: passed when there is no failure. */
export interface CheckOutcome {
  check: CheckName;
  failure?: CheckFailure;
}

/** What every check sees. */
export interface CheckInput {
  operation: Operation;
  kind: RequestKind;
  method: string;
  response: HttpResponse;
  validators: SchemaValidators;
  /** Accept response fields the spec does not declare (its schema allows them through additionalProperties). */
  allowUndeclaredResponseFields: boolean;
}

/** A passing outcome. */
export const pass = (check: CheckName): CheckOutcome => ({ check });

/** A failing outcome. */
export const fail = (
  check: CheckName,
  message: string,
  violations?: CheckFailure['violations'],
): CheckOutcome => ({
  check,
  failure: violations ? { check, message, violations } : { check, message },
});
