/**
 * `open`: no authentication (local embedded use on loopback only; `main.ts` enforces that).
 * `tokens`: every request but the API description needs a token; `adminTokenHash` is the bootstrap admin
 * (from `SIGNET_ADMIN_TOKEN`), which can then create the others.
 */
export type AuthConfig = { mode: 'open' } | { mode: 'tokens'; adminTokenHash?: string };
