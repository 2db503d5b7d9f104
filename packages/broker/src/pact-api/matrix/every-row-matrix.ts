import type { BrokerDeps } from '../../deps.js';
import { allPages, type MatrixRow, type Version } from '../../store/index.js';
import { isIgnored } from './ignored.js';
import type { IgnoreSelector } from './matrix-query.js';
import { matrixAnswer, type CountedRow } from './matrix-answer-shape.js';
import { statusEffects, toPactRow } from './pact-rows.js';

/**
 * A raw `/matrix` query for one pacticipant that names no other side (no environment, tag, main branch or
 * `latest`; the Pact CLI always sends one of them): every recorded row of its versions, each of which must
 * pass. A version with no row at all has nothing to break, which the Pact Broker answers with yes; a selector
 * that matches no version is a no.
 */
export async function everyRowMatrix(
  deps: BrokerDeps,
  name: string,
  versions: Version[],
  ignore: IgnoreSelector[],
  missing: string[],
) {
  const rows: MatrixRow[] = [];
  for (const version of versions)
    for (const filter of [
      { consumer: name, consumerVersion: version.number },
      { provider: name, providerVersion: version.number },
    ])
      rows.push(...(await allPages((page) => deps.store.matrix.list(filter, page))));
  const counted: CountedRow[] = rows.map((row) => ({
    row: toPactRow(row),
    effect: statusEffects[row.status],
    ignored:
      isIgnored(ignore, row.consumer, row.consumerVersion) ||
      isIgnored(ignore, row.provider, row.providerVersion),
  }));
  return matrixAnswer(counted, { missing, notices: [] });
}
