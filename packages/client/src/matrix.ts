import type { Http } from './http.js';
import type { Page, PageQuery } from './page.js';

/** The status of one consumer version against one provider version. */
export type MatrixStatus = 'compatible' | 'incompatible' | 'unknown';

/** One consumer version × provider version (provider version null when there is none to pair with). */
export interface MatrixRow {
  consumer: { name: string; version: string; branch: string | null };
  provider: { name: string; version: string | null; branch: string | null };
  contractSha: string;
  specSha: string | null;
  status: MatrixStatus;
}

export interface MatrixQuery extends PageQuery {
  consumer?: string;
  provider?: string;
  consumerVersion?: string;
  providerVersion?: string;
  consumerBranch?: string;
  providerBranch?: string;
  /** Only versions currently in this environment. */
  environment?: string;
  status?: MatrixStatus;
}

/** `/matrix`: consumer version × provider version with status, newest contracts first. */
export function matrixApi(http: Http) {
  return {
    list: (query: MatrixQuery = {}) =>
      http<Page<MatrixRow>>({ method: 'GET', path: '/matrix', query: { ...query } }),
  };
}

export type MatrixApi = ReturnType<typeof matrixApi>;
