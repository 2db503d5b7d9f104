import type { ReasonEffect } from '@signet/core';
import type { BrokerDeps } from '../../deps.js';
import { allPages, type MatrixRow } from '../../store/index.js';
import type { IgnoreSelector, MatrixQuery, MatrixSelector } from './matrix-query.js';
import type { PactMatrixRow } from './decision-to-matrix.js';
import { isIgnored } from './ignored.js';
import { pactDeployable } from './pact-deployable.js';
import { resolveVersion } from './resolve-version.js';

/**
 * The matrix between named versions (no environment): Signet's matrix rows where a selected version is the
 * consumer or the provider (and, with several selectors, the other side is selected too). `deployable` is
 * false when a named version does not exist, null when a row is unknown (even if another failed) or there
 * are none, false when a row failed. Rows with a side `ignore` covers are kept, marked, and do not count.
 */
export async function pairMatrix(
  deps: BrokerDeps,
  selectors: MatrixSelector[],
  ignore: IgnoreSelector[] = [],
  others?: MatrixQuery['others'],
) {
  const resolved: Array<{ name: string; version: string | undefined }> = [];
  for (const selector of selectors) {
    const version = await resolveVersion(deps.store, selector);
    const exists =
      version !== undefined && (await deps.store.versions.find(selector.pacticipant, version)) !== undefined;
    resolved.push({ name: selector.pacticipant, version: exists ? version : undefined });
  }
  const missing = resolved.filter((entry) => entry.version === undefined);
  const picked = new Map(resolved.map((entry) => [entry.name, entry.version]));
  const rows: MatrixRow[] = [];
  for (const { name, version } of resolved) {
    if (version === undefined) continue;
    for (const side of ['consumer', 'provider'] as const) {
      const filter =
        side === 'consumer'
          ? { consumer: name, consumerVersion: version }
          : { provider: name, providerVersion: version };
      for (const row of await allPages((page) => deps.store.matrix.list(filter, page))) {
        const other =
          side === 'consumer' ? [row.provider, row.providerVersion] : [row.consumer, row.consumerVersion];
        if (selectors.length > 1 && picked.get(other[0]!) !== other[1]) continue;
        if (
          !rows.some(
            (seen) => seen.contractId === row.contractId && seen.providerVersionId === row.providerVersionId,
          )
        )
          rows.push(row);
      }
    }
  }
  const [only] = resolved;
  if (others !== undefined && selectors.length === 1 && only?.version !== undefined)
    return othersMatrix(deps, { name: only.name, version: only.version }, rows, others, ignore);
  const ignoredRow = (row: MatrixRow) =>
    isIgnored(ignore, row.consumer, row.consumerVersion) ||
    isIgnored(ignore, row.provider, row.providerVersion);
  const ignored = rows.filter(ignoredRow).length;
  const effects = rows.filter((row) => !ignoredRow(row)).map((row) => statusEffects[row.status]);
  const failed = effects.filter((effect) => effect === 'blocks').length;
  const success = effects.filter((effect) => effect === 'ok').length;
  const unknown = effects.length - failed - success;
  // The Pact Broker's rule adds the rows up; no rows at all say nothing.
  const deployable =
    missing.length === 0 && rows.length === 0 ? null : pactDeployable(effects, missing.length > 0);
  const reason =
    missing.length > 0
      ? `No version found for ${missing.map((entry) => entry.name).join(', ')}`
      : deployable === true
        ? 'All required verification results are published and successful'
        : deployable === false
          ? 'One or more verifications failed'
          : failed > 0
            ? 'Missing one or more required verification results, and one or more verifications failed'
            : 'Missing one or more required verification results';
  return {
    summary: { deployable, reason, success, failed, unknown, ...(ignored > 0 ? { ignored } : {}) },
    notices: [{ type: deployable ? 'success' : 'warning', text: reason }],
    matrix: rows.map((row) => ({
      ...toPactRow(row),
      ...(ignoredRow(row) ? { ignored: true as const } : {}),
    })),
  };
}

/** What a matrix row's status does to the answer, as core's effects. */
const statusEffects: Record<MatrixRow['status'], ReasonEffect> = {
  compatible: 'ok',
  incompatible: 'blocks',
  unknown: 'unknown',
};

function toPactRow(row: MatrixRow): PactMatrixRow {
  return {
    consumer: { name: row.consumer, version: { number: row.consumerVersion } },
    provider: { name: row.provider, version: { number: row.providerVersion ?? '' } },
    pact: { createdAt: null },
    verificationResult:
      row.status === 'unknown' ? null : { success: row.status === 'compatible', verifiedAt: null },
  };
}

/**
 * One version against the version of each other pacticipant that `others` picks (the latest with the tag, or
 * of its main branch), as the Pact Broker resolves `--to TAG` and can-i-merge: only rows with exactly that
 * version count, and an integration without one is unknown (a row with no result), never a pass.
 */
async function othersMatrix(
  deps: BrokerDeps,
  subject: { name: string; version: string },
  rows: MatrixRow[],
  others: NonNullable<MatrixQuery['others']>,
  ignore: IgnoreSelector[],
) {
  const otherOf = (row: MatrixRow) =>
    row.consumer === subject.name && row.consumerVersion === subject.version
      ? { name: row.provider, version: row.providerVersion, side: 'provider' as const }
      : { name: row.consumer, version: row.consumerVersion, side: 'consumer' as const };
  const picked = new Map<string, string | undefined>();
  for (const row of rows) {
    const { name } = otherOf(row);
    if (!picked.has(name))
      picked.set(name, await resolveVersion(deps.store, { pacticipant: name, ...others }));
  }
  const kept: PactMatrixRow[] = [];
  const notices: Array<{ type: string; text: string }> = [];
  for (const [name, version] of picked) {
    const matching = rows.filter((row) => otherOf(row).name === name && otherOf(row).version === version);
    const side = rows.find((row) => otherOf(row).name === name)!;
    if (version === undefined)
      notices.push({ type: 'warning', text: `No version of ${name} is ${describeOthers(others)}` });
    if (version !== undefined && matching.length > 0) kept.push(...matching.map(toPactRow));
    else {
      const other = { name, version: { number: version ?? '' } };
      const me = { name: subject.name, version: { number: subject.version } };
      const [consumer, provider] = otherOf(side).side === 'provider' ? [me, other] : [other, me];
      kept.push({ consumer, provider, pact: { createdAt: null }, verificationResult: null });
    }
  }
  const marked = kept.map((row) => {
    const ignored =
      isIgnored(ignore, row.consumer.name, row.consumer.version.number) ||
      isIgnored(ignore, row.provider.name, row.provider.version.number);
    return ignored ? { ...row, ignored: true as const } : row;
  });
  const considered = marked.filter((row) => row.ignored === undefined);
  const effects: ReasonEffect[] = considered.map((row) =>
    row.verificationResult === null ? 'unknown' : row.verificationResult.success ? 'ok' : 'blocks',
  );
  const deployable = pactDeployable(effects, false);
  const count = (effect: ReasonEffect) => effects.filter((seen) => seen === effect).length;
  const ignored = marked.length - considered.length;
  const reason =
    deployable === true
      ? 'All required verification results are published and successful'
      : deployable === false
        ? 'One or more verifications failed'
        : 'Missing one or more required verification results';
  return {
    summary: {
      deployable,
      reason,
      success: count('ok'),
      failed: count('blocks'),
      unknown: count('unknown'),
      ...(ignored > 0 ? { ignored } : {}),
    },
    notices: [{ type: deployable ? 'success' : 'warning', text: reason }, ...notices],
    matrix: marked,
  };
}

const describeOthers = (others: NonNullable<MatrixQuery['others']>) =>
  others.tag !== undefined ? `tagged ${others.tag}` : 'on its main branch';
