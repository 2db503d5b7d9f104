import type { SpecImpactAnswer } from '@signet/client';
import { Empty } from '../../components/empty.js';
import { StatusBadge } from '../../components/status-badge.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { ChangeItem } from './change-item.js';
import { groupByOperation } from './group-changes.js';

/** The answer: a verdict line, then every change grouped by operation, and every consumer with what breaks it. */
export function ImpactView({ answer }: { answer: SpecImpactAnswer }) {
  const { impact, selection } = answer;
  const counted = selection.environment
    ? `consumer versions running in ${selection.environment}`
    : selection.branch
      ? `each consumer’s latest on ${selection.branch}`
      : 'each consumer’s main branch';
  return (
    <div data-testid="spec-impact">
      <p className={`verdict ${impact.broken ? 'verdict-unsafe' : 'verdict-safe'}`} role="status">
        {impact.broken ? (
          <>
            <StatusBadge status="unsafe" /> Breaks {impact.counts.brokenConsumers} consumer version
            {impact.counts.brokenConsumers === 1 ? '' : 's'} ({counted}).
          </>
        ) : (
          <>
            <StatusBadge status="safe" /> Breaks no consumer counted ({counted}): safe to ship.
          </>
        )}{' '}
        {impact.changes.length} change{impact.changes.length === 1 ? '' : 's'}: {impact.counts.breaks}{' '}
        breaking a consumer, {impact.counts.unused} breaking in theory but unused, {impact.counts.used} used
        but harmless, {impact.counts.safe} safe.
      </p>
      <section aria-labelledby="by-consumer-heading">
        <h2 id="by-consumer-heading">By consumer</h2>
        {impact.consumers.length === 0 ? (
          <Empty>No consumer counts here: nobody would notice.</Empty>
        ) : (
          <ul className="plain impact-consumers">
            {impact.consumers.map((c) => (
              <li
                key={`${c.consumer}@${c.version ?? ''}`}
                data-testid="impact-consumer"
                data-verdict={c.verdict}
              >
                <Link href={hrefs.service(c.consumer)}>{c.consumer}</Link>{' '}
                {c.version !== undefined && (
                  <Link href={hrefs.version(c.consumer, c.version)}>
                    <code>{c.version}</code>
                  </Link>
                )}{' '}
                <StatusBadge status={c.verdict === 'compatible' ? 'compatible' : 'incompatible'} />{' '}
                <span className="muted">{consumerVerdict[c.verdict]}</span>
                {c.changes.length > 0 && (
                  <ul className="impact-consumer-changes">
                    {c.changes.map((index) => {
                      const change = impact.changes[index];
                      return change === undefined ? null : <li key={index}>{change.change.message}</li>;
                    })}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
        {impact.unexplained.length > 0 && (
          <p className="muted">
            Broken, though no listed change concerns them:{' '}
            {impact.unexplained.map((c) => `${c.consumer} ${c.version ?? ''}`).join(', ')}.
          </p>
        )}
      </section>
      <section aria-labelledby="by-operation-heading">
        <h2 id="by-operation-heading">By operation</h2>
        {impact.changes.length === 0 ? (
          <Empty>The candidate is the same API as the latest spec: no change.</Empty>
        ) : (
          groupByOperation(impact.changes).map((group) => (
            <div key={group.key} className="impact-operation" data-testid="impact-operation">
              <h3>
                <code>{group.key}</code>
              </h3>
              <ul className="plain">
                {group.changes.map((change, i) => (
                  <ChangeItem key={i} impact={change} />
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
    </div>
  );
}

const consumerVerdict: Record<string, string> = {
  broken: 'its contract passes against the latest spec and fails against the candidate',
  'already-incompatible': 'already fails against the latest spec',
  compatible: 'unaffected',
};
