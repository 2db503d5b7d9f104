import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { postgresForTests, startBrokerProcess, type BrokerProcess } from '@signet/broker/testing';
import { rawRequest, type RawRequest, type RawResponse } from './raw-http.js';

export type Backend = 'pglite' | 'postgres';

/** The bootstrap admin token every attacked broker runs with. */
export const adminToken = 'attack-suite-bootstrap-admin-token-0123456789';

export type Caller = 'none' | 'read' | 'write' | 'admin';

/** A real broker process under attack, with a token of every role. */
export interface AttackBroker {
  backend: Backend;
  url: string;
  process: BrokerProcess;
  /** The embedded data directory (PGlite) or the database URL (PostgreSQL). */
  dataDir?: string;
  databaseUrl?: string;
  tokens: Record<Exclude<Caller, 'none'>, string>;
  /** A raw request as `caller` (an Authorization header unless `none`). */
  send(caller: Caller, request: RawRequest): Promise<RawResponse>;
  /** A JSON request to `/api/v1` + `path` as `caller`. */
  api(caller: Caller, method: string, path: string, body?: unknown): Promise<RawResponse>;
  /** Stops the process and removes its database. */
  close(): Promise<void>;
}

export interface AttackBrokerOptions {
  /** Extra environment for the broker process (e.g. `SIGNET_RATE_LIMIT`). */
  env?: NodeJS.ProcessEnv;
  /** Each line of the broker's log (JSON at its `LOG_LEVEL`, `warn` unless `env` says otherwise). */
  onLogLine?: (line: string) => void;
}

/** Starts `dist/main.js` on a fresh database of `backend` with authentication on, and makes a read and a write token. */
export async function startAttackBroker(
  backend: Backend,
  options: AttackBrokerOptions = {},
): Promise<AttackBroker> {
  const database = backend === 'pglite' ? await pgliteCopy() : await postgresDatabase();
  // Limits off unless a suite asks (as before the failed-authentication limit existed): suites send many calls.
  const env = {
    SIGNET_ADMIN_TOKEN: adminToken,
    SIGNET_RATE_LIMIT: '0',
    SIGNET_AUTH_FAILURE_LIMIT: '0',
    ...options.env,
  };
  let child: BrokerProcess;
  try {
    child = await startBrokerProcess(database.args, env, { onLogLine: options.onLogLine });
  } catch (error) {
    await database.remove();
    throw error;
  }
  const send = (caller: Caller, request: RawRequest, tokens: Partial<Record<Caller, string>>) =>
    rawRequest(child.url, {
      ...request,
      headers: {
        ...(caller === 'none' ? {} : { authorization: `Bearer ${tokens[caller]}` }),
        ...request.headers,
      },
    });
  const tokens: Partial<Record<Caller, string>> = { admin: adminToken };
  const api = (caller: Caller, method: string, path: string, body?: unknown) =>
    send(
      caller,
      {
        method,
        target: `/api/v1${path}`,
        ...(body === undefined
          ? {}
          : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
      },
      tokens,
    );
  try {
    for (const role of ['read', 'write'] as const) {
      const created = await api('admin', 'POST', '/tokens', { name: `attack-${role}`, role });
      if (created.status !== 201)
        throw new Error(`creating a ${role} token answered ${created.status}: ${created.body}`);
      tokens[role] = (created.json as { token: string }).token;
    }
  } catch (error) {
    await child.kill('SIGKILL');
    await database.remove();
    throw error;
  }
  return {
    backend,
    url: child.url,
    process: child,
    ...database.where,
    tokens: tokens as AttackBroker['tokens'],
    send: (caller, request) => send(caller, request, tokens),
    api,
    close: async () => {
      await stopOrKill(child);
      await database.remove();
    },
  };
}

/** Grace for a graceful stop before SIGKILL: a broker whose event loop is stuck must not outlive its test. */
const stopGraceMs = 30_000;

async function stopOrKill(child: BrokerProcess): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(resolve, stopGraceMs, 'late')));
  const outcome = await Promise.race([child.stop().then(() => 'stopped' as const), late]);
  clearTimeout(timer);
  if (outcome === 'late') await child.kill('SIGKILL');
}

interface Database {
  args: string[];
  where: { dataDir?: string; databaseUrl?: string };
  remove(): Promise<void>;
}

async function pgliteCopy(): Promise<Database> {
  const root = await mkdtemp(join(tmpdir(), 'signet-attack-'));
  const dataDir = join(root, 'data');
  await cp(inject('pgliteTemplate'), dataDir, { recursive: true });
  return {
    args: ['--data-dir', dataDir],
    where: { dataDir },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

async function postgresDatabase(): Promise<Database> {
  const found = postgresForTests();
  if (!('url' in found)) throw new Error(found.skipReason);
  const server = found.url;
  const name = `signet_attack_${randomUUID().replaceAll('-', '')}`;
  await adminQuery(server, `create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    args: ['--database-url', url.toString()],
    where: { databaseUrl: url.toString() },
    remove: async () => void (await adminQuery(server, `drop database if exists ${name} with (force)`)),
  };
}

export async function adminQuery(serverUrl: string, statement: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await client.query(statement);
  } finally {
    await client.end();
  }
}
