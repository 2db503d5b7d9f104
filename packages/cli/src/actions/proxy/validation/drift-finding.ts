import type { FindingCode } from '@signet/core';

/** One way an exchange broke the spec, with the code `signet compare` gives the same break in a contract. */
export interface DriftFinding {
  code: FindingCode;
  /** Who drifted: the consumer's request or the provider's response. */
  side: 'request' | 'response';
  /** Where: `query.limit`, `body/name`, `header.x-rate-limit`, `status`. */
  location: string;
  message: string;
}

/** One exchange checked against the spec. */
export interface ExchangeVerdict {
  method: string;
  /** The request target as sent (path and query). */
  url: string;
  status: number;
  /** `GET /pets/{petId}`, when the request reached an operation. */
  operation?: string;
  findings: DriftFinding[];
  /** Findings past the first ones kept (the log keeps a bounded number per exchange). */
  omittedFindings?: number;
}
