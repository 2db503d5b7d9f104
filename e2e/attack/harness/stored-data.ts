import { createHash } from 'node:crypto';
import { adminQuery, type AttackBroker } from './attack-broker.js';

type Page = { items: Record<string, unknown>[]; nextCursor: string | null };

/**
 * Everything the broker has stored, as it reads it back: every page of every list of `/api/v1` (services
 * and their versions, specs and verifications, contracts, comparisons' events, environments and what is
 * deployed there, webhooks, tokens, the matrix), and on PostgreSQL every row of every table too. Two
 * snapshots are equal exactly when an attack changed nothing.
 */
export async function storedData(broker: AttackBroker): Promise<string> {
  const parts: Record<string, unknown> = {};
  const services = await all(broker, '/services');
  parts['services'] = services;
  for (const service of services) {
    const name = encodeURIComponent(String(service['name']));
    parts[`versions:${name}`] = await all(broker, `/services/${name}/versions`);
    parts[`specs:${name}`] = await all(broker, `/services/${name}/specs`);
  }
  for (const list of ['/contracts', '/events', '/environments', '/webhooks', '/tokens', '/matrix'])
    parts[list] = await all(broker, list);
  for (const environment of parts['/environments'] as Record<string, unknown>[]) {
    const name = encodeURIComponent(String(environment['name']));
    parts[`deployed:${name}`] = await all(broker, `/environments/${name}/deployed-versions`);
  }
  if (broker.databaseUrl !== undefined) parts['tables'] = await tableRows(broker.databaseUrl);
  return JSON.stringify(parts);
}

/** A short fingerprint of `storedData`, for messages. */
export function fingerprint(snapshot: string): string {
  return createHash('sha256').update(snapshot).digest('hex').slice(0, 12);
}

async function all(broker: AttackBroker, path: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const query: string =
      cursor === null
        ? `${separator}limit=100`
        : `${separator}limit=100&cursor=${encodeURIComponent(cursor)}`;
    const answer = await broker.api('admin', 'GET', `${path}${query}`);
    if (answer.status !== 200) throw new Error(`reading ${path} answered ${answer.status}: ${answer.body}`);
    const page = answer.json as Page;
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
}

async function tableRows(databaseUrl: string): Promise<Record<string, unknown>> {
  const tables = await adminQuery(
    databaseUrl,
    `select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
  );
  const rows: Record<string, unknown> = {};
  for (const { table_name: table } of tables.rows as { table_name: string }[]) {
    const result = await adminQuery(databaseUrl, `select * from "${table}" order by 1`);
    rows[table] = result.rows;
  }
  return rows;
}

/**
 * {@link storedData} once two reads a moment apart agree (at most 30 tries): background work queued earlier, such
 * as webhook deliveries, has then finished writing. Gives the last read if it never settles.
 */
export async function settledStoredData(broker: AttackBroker): Promise<string> {
  let previous = await storedData(broker);
  for (let attempt = 0; attempt < 30; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const next = await storedData(broker);
    if (next === previous) return next;
    previous = next;
  }
  return previous;
}

/** The names of the parts (lists, tables) of two {@link storedData} snapshots that differ, for a readable failure. */
export function changedParts(before: string, after: string): string[] {
  const a = JSON.parse(before) as Record<string, unknown>;
  const b = JSON.parse(after) as Record<string, unknown>;
  const changed: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (key === 'tables') {
      const ta = (a[key] ?? {}) as Record<string, unknown>;
      const tb = (b[key] ?? {}) as Record<string, unknown>;
      for (const table of new Set([...Object.keys(ta), ...Object.keys(tb)]))
        if (JSON.stringify(ta[table]) !== JSON.stringify(tb[table])) changed.push(`table ${table}`);
    } else if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) changed.push(key);
  }
  return changed;
}
