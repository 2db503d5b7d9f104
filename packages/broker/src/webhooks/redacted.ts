/** What stands in for a secret value in the API and the delivery log. */
export const redacted = '[redacted]';
