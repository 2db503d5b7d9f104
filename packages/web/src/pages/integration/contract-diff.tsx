import type { Contract } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { ShortSha } from '../../components/short-sha.js';
import { hrefs } from '../../router/hrefs.js';
import { useRouter } from '../../router/use-router.js';
import { diffContracts, type InteractionChange } from './diff-contracts.js';
import { readInteractionDetails } from './read-interaction-details.js';
import './integration.css';

/** Contract versions read to offer (beyond 1,000, the newest are not offered: the list is oldest first). */
const pageSize = 100;
const maxPages = 10;
const keys = { base: 'diffBase', head: 'diffHead' } as const;

/** Two contract versions of the integration side by side: which interactions were added, removed or changed, and how. */
export function ContractDiff({ consumer, provider }: { consumer: string; provider: string }) {
  const { client } = useBroker();
  // The list is oldest first: walk it (bounded), then offer the newest first.
  const contracts = useQuery(`contracts:${consumer}:${provider}`, async () => {
    const items: Contract[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < maxPages; page++) {
      const found = await client.contracts.list({ consumer, provider, limit: pageSize, cursor });
      items.push(...found.items);
      if (found.nextCursor === null) return { items: items.reverse(), truncated: false };
      cursor = found.nextCursor;
    }
    return { items: items.reverse(), truncated: true };
  });
  return (
    <section aria-labelledby="contract-diff-heading">
      <h2 id="contract-diff-heading">Compare contract versions</h2>
      <QueryView query={contracts} what="the contracts">
        {({ items, truncated }) =>
          items.length < 2 ? (
            <Empty>
              {consumer} has published {items.length === 0 ? 'no contract' : 'one contract'} with {provider}:
              nothing to compare yet.
            </Empty>
          ) : (
            <>
              {truncated && (
                <p role="note">
                  Only the oldest {pageSize * maxPages} contract versions are offered (the broker lists them
                  oldest first).
                </p>
              )}
              <Chooser items={items} />
            </>
          )
        }
      </QueryView>
    </section>
  );
}

function Chooser({ items }: { items: Contract[] }) {
  const { location, navigate } = useRouter();
  const pick = (key: string, fallback: Contract) =>
    items.find((c) => c.consumerVersion === location.search.get(key)) ?? fallback;
  const head = pick(keys.head, items[0]!);
  const base = pick(keys.base, items.find((c) => c !== head) ?? items[1]!);
  const set = (key: string, value: string) =>
    navigate(hrefs.withQuery(location.path, { ...Object.fromEntries(location.search), [key]: value }), {
      replace: true,
    });
  const select = (key: string, label: string, chosen: Contract) => (
    <label>
      {label}{' '}
      <select value={chosen.consumerVersion} onChange={(e) => set(key, e.target.value)}>
        {items.map((c) => (
          <option key={c.id} value={c.consumerVersion}>
            {c.consumerVersion}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        {select(keys.base, 'From', base)} {select(keys.head, 'to', head)}
      </form>
      <Diff base={base} head={head} />
    </>
  );
}

function Diff({ base, head }: { base: Contract; head: Contract }) {
  const { client } = useBroker();
  const query = useQuery(`contract-diff:${base.id}:${head.id}`, async () => {
    const [a, b] = await Promise.all([client.contracts.get(base.id), client.contracts.get(head.id)]);
    return diffContracts(readInteractionDetails(a.content), readInteractionDetails(b.content));
  });
  if (base.contentSha === head.contentSha)
    return (
      <p data-testid="contract-diff-summary">
        {base.consumerVersion} and {head.consumerVersion} published the same contract (
        <ShortSha sha={head.contentSha} />
        ).
      </p>
    );
  return (
    <QueryView query={query} what="the two contracts">
      {(changes) => {
        const count = (kind: InteractionChange['kind']) => changes.filter((c) => c.kind === kind).length;
        return (
          <>
            <p data-testid="contract-diff-summary">
              From {base.consumerVersion} to {head.consumerVersion}: {count('added')} added,{' '}
              {count('removed')} removed, {count('changed')} changed, {count('unchanged')} unchanged.
            </p>
            <ul className="plain" data-testid="contract-diff">
              {changes
                .filter((c) => c.kind !== 'unchanged')
                .map((change, i) => (
                  <li key={i} data-kind={change.kind} className="finding">
                    <span className={`diff-${change.kind}`}>{change.kind}</span> {change.description}
                    {change.states && <span className="muted"> (given {change.states})</span>}
                    {change.changes.length > 0 && (
                      <div className="scroll-x">
                        <table>
                          <thead>
                            <tr>
                              <th scope="col">Where</th>
                              <th scope="col">{base.consumerVersion}</th>
                              <th scope="col">{head.consumerVersion}</th>
                            </tr>
                          </thead>
                          <tbody>
                            {change.changes.map((field, j) => (
                              <tr key={j}>
                                <td>
                                  <code>{field.path}</code>
                                </td>
                                <td>
                                  <Value value={field.before} />
                                </td>
                                <td>
                                  <Value value={field.after} />
                                </td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                    )}
                  </li>
                ))}
            </ul>
          </>
        );
      }}
    </QueryView>
  );
}

function Value({ value }: { value: unknown }) {
  if (value === undefined) return <span className="muted">absent</span>;
  const text = JSON.stringify(value) ?? typeof value;
  return <code>{text.length > 300 ? `${text.slice(0, 300)}…` : text}</code>;
}
