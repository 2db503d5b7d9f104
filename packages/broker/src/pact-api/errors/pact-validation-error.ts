import { BrokerError } from '../../errors/broker-error.js';

/** Field errors as Pact clients print them: `{ field: [messages] }`. */
export type FieldErrors = Record<string, string[]>;

/** 400 in Pact's shape (`{errors: {field: [messages]}}`), which Pact clients show to their users. */
export class PactValidationError extends BrokerError {
  constructor(readonly errors: FieldErrors) {
    super('pact.invalid', 400, 'Invalid request', describe(errors));
  }
}

function describe(errors: FieldErrors): string {
  return Object.entries(errors)
    .map(([field, messages]) => `${field}: ${messages.join('; ')}`)
    .join('; ');
}

/** Collects field errors; `throwIfAny` raises them together, as Pact Broker reports every one at once. */
export class FieldErrorList {
  private readonly errors: FieldErrors = {};

  add(field: string, message: string): void {
    (this.errors[field] ??= []).push(message);
  }

  get empty(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  throwIfAny(): void {
    if (!this.empty) throw new PactValidationError(this.errors);
  }
}
