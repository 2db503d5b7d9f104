import { createHash } from 'node:crypto';
import type pg from 'pg';

/** Statement texts given a name, at most: each name is prepared once per connection and kept by the server. */
const maxNamed = 500;

/**
 * Makes the pool's connections run parameterised statements as named prepared statements: kysely sends each
 * unnamed, so PostgreSQL parses and plans the same text on every call (a publication runs a dozen). A name
 * stands for its text (a digest), so a connection prepares each text once and pg reuses it after. Texts
 * without parameters keep the simple protocol (`begin`, `commit`: one round trip). Naming starts with
 * `enable()`, after the migrations: a statement prepared before a migration changed its table's columns would
 * fail ("cached plan must not change result type"). Beyond `maxNamed` texts (generated `in` lists of every
 * length) statements go unnamed, so no connection holds an unbounded number of prepared statements.
 */
export function withNamedStatements(pool: pg.Pool): { pool: pg.Pool; enable: () => void } {
  const names = new Map<string, string>();
  let enabled = false;
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < maxNamed) {
      name = `signet_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      names.set(text, name);
    }
    return name;
  };
  const named = new WeakSet<pg.PoolClient>();
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  const patched = async (): Promise<pg.PoolClient> => {
    const client = await connect();
    if (!named.has(client)) {
      named.add(client);
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      client.query = ((text: unknown, values?: unknown, ...rest: unknown[]) => {
        const name =
          enabled && typeof text === 'string' && Array.isArray(values) && values.length > 0
            ? nameOf(text)
            : undefined;
        return name === undefined ? query(text, values, ...rest) : query({ name, text, values }, ...rest);
      }) as typeof client.query;
    }
    return client;
  };
  // kysely only calls connect() without a callback.
  pool.connect = patched as typeof pool.connect;
  return {
    pool,
    enable: () => {
      enabled = true;
    },
  };
}
