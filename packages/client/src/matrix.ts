import type { Http } from './http.js';
import type { Page } from './page.js';
import type { QueryOf, Schemas } from './schemas.js';

/** The status of one consumer version against one provider version. */
export type MatrixStatus = Schemas['MatrixStatus'];

/** One consumer version × provider version (provider version null when there is none to pair with). */
export type MatrixRow = Schemas['MatrixRow'];

/** Filters of the matrix; `environment`: only versions currently deployed or released there. */
export type MatrixQuery = QueryOf<'/api/v1/matrix'>;

/** `/matrix`: consumer version × provider version with status, newest contracts first. */
export function matrixApi(http: Http) {
  return {
    list: (query: MatrixQuery = {}) =>
      http<Page<MatrixRow>>({ method: 'GET', path: '/matrix', query: { ...query } }),
  };
}

export type MatrixApi = ReturnType<typeof matrixApi>;
