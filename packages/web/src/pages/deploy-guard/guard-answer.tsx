import type { DeployGuardQuery } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { StatusBadge } from '../../components/status-badge.js';
import { CopyLine } from '../../components/copy-line.js';
import { cliLine } from './cli-line.js';
import { EnvironmentApps } from './environment-apps.js';
import { ReasonText } from './reason-text.js';

const verdictWords = {
  safe: 'Safe to deploy',
  unsafe: 'Unsafe: do not deploy',
  unknown: 'Unknown: some results are missing',
};

/** The verdict for one question, and every reason behind it (blocking ones first). */
export function GuardAnswer({ question }: { question: DeployGuardQuery }) {
  const { client } = useBroker();
  const query = useQuery(`guard:${JSON.stringify(question)}`, () => client.deployGuard.check(question));
  return (
    <QueryView query={query} what="the deploy guard">
      {(answer) => {
        // Blocking first; the effect is the broker's, so the rule of what blocks is not restated here.
        const rank = { blocks: 0, unknown: 1, ok: 2 };
        const reasons = [...answer.reasons].sort((a, b) => rank[a.effect] - rank[b.effect]);
        return (
          <>
            <section aria-labelledby="verdict-heading" className={`verdict verdict-${answer.verdict}`}>
              <h2 id="verdict-heading" data-testid="verdict">
                {verdictWords[answer.verdict]}
              </h2>
              <p>
                {answer.service} <code>{answer.version}</code> → {answer.environment}
              </p>
              {reasons.length === 0 ? (
                <Empty>No reasons given.</Empty>
              ) : (
                <ul className="reasons" data-testid="reasons">
                  {reasons.map((reason, i) => (
                    <li key={i} data-kind={reason.kind}>
                      <StatusBadge status={reason.effect} /> <ReasonText reason={reason} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <p>The same question in CI:</p>
            <CopyLine label="the deploy-guard command" text={cliLine(answer)} />
            <EnvironmentApps answer={answer} />
          </>
        );
      }}
    </QueryView>
  );
}
