import { path, type Http } from './http.js';
import type { Page, PageQuery } from './page.js';

export type Role = 'read' | 'write' | 'admin';

/** An API token as listed: never the secret itself (only its hash is stored). */
export interface ApiToken {
  id: number;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

/** A token just created: the only time its secret is shown. */
export interface NewApiToken extends ApiToken {
  token: string;
}

/** `/tokens` (admin role): create, list, revoke. */
export function tokensApi(http: Http) {
  return {
    create: (input: { name: string; role: Role }) =>
      http<NewApiToken>({ method: 'POST', path: '/tokens', body: input }),
    list: (query: PageQuery = {}) =>
      http<Page<ApiToken>>({ method: 'GET', path: '/tokens', query: { ...query } }),
    /** Revokes a live token; `token.not-found` (404) when there is none with this id. */
    revoke: (id: number) => http<void>({ method: 'DELETE', path: path`/tokens/${id}` }),
  };
}

export type TokensApi = ReturnType<typeof tokensApi>;
