import type { MatrixRow } from '@signet/client';
import { useMemo } from 'react';
import { StatusBadge } from '../../components/status-badge.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { useRouter } from '../../router/use-router.js';
import { pivotMatrix } from './pivot-matrix.js';
import { pairQuery, samePair } from './select-pair.js';
import { VerificationMark } from '../version/verification-mark.js';
import '../version/version.css';

/** Consumer versions down, provider versions across; each cell selects its pair (and so its comparison). */
export function MatrixTable({
  rows,
  consumer,
  provider,
  selected,
}: {
  rows: MatrixRow[];
  consumer: string;
  provider: string;
  selected: MatrixRow | undefined;
}) {
  const { location } = useRouter();
  const grid = useMemo(() => pivotMatrix(rows), [rows]);
  const cellHref = (row: MatrixRow) =>
    hrefs.withQuery(location.path, { ...Object.fromEntries(location.search), ...pairQuery(row) });
  return (
    <div className="scroll-x">
      <table className="matrix" data-testid="matrix">
        <caption className="visually-hidden">
          {consumer} versions (rows) × {provider} versions (columns)
        </caption>
        <thead>
          <tr>
            <th scope="col">
              {consumer} ↓ / {provider} →
            </th>
            {grid.providerVersions.map((p) => (
              <th scope="col" key={p.version ?? ''}>
                {p.version === null ? (
                  <span className="muted">latest spec (no version)</span>
                ) : (
                  <Link href={hrefs.version(provider, p.version)}>
                    <code>{p.version}</code>
                  </Link>
                )}
                {p.branch && <div className="muted">{p.branch}</div>}
                {p.version !== null && (
                  <div>
                    <VerificationMark
                      what="spec"
                      mark={
                        p.specVerification && {
                          success: p.specVerification.success,
                          at: p.specVerification.verifiedAt,
                        }
                      }
                    />
                  </div>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.consumerVersions.map((c) => (
            <tr key={c.version}>
              <th scope="row">
                <Link href={hrefs.version(consumer, c.version)}>
                  <code>{c.version}</code>
                </Link>
                {c.branch && <div className="muted">{c.branch}</div>}
              </th>
              {grid.providerVersions.map((p) => {
                const row = grid.cell(c.version, p.version);
                // One cell: the same contents recur across versions, so the pair of versions is the key.
                const isSelected = row !== undefined && samePair(row, selected);
                return (
                  <td key={p.version ?? ''} className={isSelected ? 'selected' : undefined}>
                    {row === undefined ? (
                      <span className="muted">—</span>
                    ) : row.specSha === null ? (
                      <StatusBadge status={row.status} />
                    ) : (
                      <Link
                        replace
                        href={cellHref(row)}
                        aria-label={`${consumer} ${c.version} with ${provider} ${p.version ?? 'latest spec'}: ${row.status}`}
                        aria-current={isSelected ? 'true' : undefined}
                      >
                        <StatusBadge status={row.status} />
                      </Link>
                    )}
                    {row?.verification.pact != null && (
                      <div className="muted">
                        pact {row.verification.pact.success ? 'verified' : 'failed'}
                      </div>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
