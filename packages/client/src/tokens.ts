import { path, type Http } from './http.js';
import type { Page, PageQuery } from './page.js';
import type { Schemas } from './schemas.js';

export type Role = Schemas['Role'];

/** An API token as listed: never the secret itself (only its hash is stored). */
export type ApiToken = Schemas['ApiToken'];

/** A token just created: the only time its secret is shown. */
export type NewApiToken = Schemas['NewApiToken'];

/** The caller's own access: `{ mode: 'open' }`, or the token's role and name (never its secret). */
export type Whoami = Schemas['Whoami'];

/** `/tokens` (admin role): create, list, revoke; and `/whoami` (any live token). */
export function tokensApi(http: Http) {
  return {
    create: (input: Schemas['CreateTokenInput']) =>
      http<NewApiToken>({ method: 'POST', path: '/tokens', body: input }),
    list: (query: PageQuery = {}) =>
      http<Page<ApiToken>>({ method: 'GET', path: '/tokens', query: { ...query } }),
    /** Revokes a live token; `token.not-found` (404) when there is none with this id. */
    revoke: (id: number) => http<void>({ method: 'DELETE', path: path`/tokens/${id}` }),
    /** Who the caller is: what a UI shows as signed in, and which controls its role allows. */
    whoami: () => http<Whoami>({ method: 'GET', path: '/whoami' }),
  };
}

export type TokensApi = ReturnType<typeof tokensApi>;
