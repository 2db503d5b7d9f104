import type { ChangeImpact } from '@signet/client';
import { ConsumerRefs } from './consumer-refs.js';

const verdictText: Record<ChangeImpact['verdict'], string> = {
  breaks: 'breaks a consumer',
  used: 'used, but harmless',
  unused: 'breaking in theory, unused: safe to ship',
  safe: 'safe',
};

/** One change: its severity and check id, what it breaks (named consumer versions) or why it is harmless. */
export function ChangeItem({ impact }: { impact: ChangeImpact }) {
  const { change } = impact;
  return (
    <li
      className={`impact-change impact-${impact.verdict}`}
      data-testid="impact-change"
      data-verdict={impact.verdict}
    >
      <span className={`badge badge-${impact.verdict === 'breaks' ? 'incompatible' : 'compatible'}`}>
        {verdictText[impact.verdict]}
      </span>{' '}
      {change.message} <code className="muted">{change.id}</code>{' '}
      <span className="muted">({change.severity})</span>
      {impact.breaks.length > 0 && (
        <div>Breaks: {impact.breaks.map((c) => `${c.consumer} ${c.version ?? ''}`.trim()).join(', ')}</div>
      )}
      {impact.verdict !== 'safe' && impact.usedBy.length > 0 && (
        <div className="muted">
          Relied on by: <ConsumerRefs refs={impact.usedBy} />
        </div>
      )}
      {impact.message !== '' && <div className="muted">{impact.message}</div>}
    </li>
  );
}
