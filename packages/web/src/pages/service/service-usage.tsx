import { BrokerProblemError, type SpecUsageAnswer } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { Link } from '../../router/link.js';
import { ConsumerRefs } from '../spec-change/consumer-refs.js';
import { specChangeHref } from '../spec-change/spec-change-href.js';
import './service-usage.css';

type Operation = SpecUsageAnswer['usage']['operations'][number];

/**
 * "What my consumers use": every operation of the provider's latest spec with the consumer versions (on their
 * main branch) that rely on it, and inside each its parameters, statuses, headers and body fields; what nobody
 * uses is marked as such — the candidates for removal. Nothing at all for a service without a spec.
 */
export function ServiceUsage({ name }: { name: string }) {
  const { client } = useBroker();
  const usage = useQuery(`usage:${name}`, async () => {
    try {
      return await client.specImpact.usage(name);
    } catch (error) {
      // No spec: a consumer-only service has no usage to show (not an error).
      if (error instanceof BrokerProblemError && error.status === 404) return null;
      throw error;
    }
  });
  // Shown once known to exist: a consumer-only service's page does not flash a section it lacks.
  if (usage.status === 'loading' || usage.data === null) return null;
  return (
    <section aria-labelledby="usage-heading" data-testid="service-usage">
      <h2 id="usage-heading">What my consumers use</h2>
      <QueryView query={usage} what="who uses the spec">
        {(answer) => (answer === null ? null : <UsageView answer={answer} name={name} />)}
      </QueryView>
    </section>
  );
}

function UsageView({ answer, name }: { answer: SpecUsageAnswer; name: string }) {
  const operations = answer.usage.operations;
  const unused = operations.filter((op) => op.usedBy.length === 0).length;
  return (
    <>
      <p className="muted">
        The latest spec{answer.spec.version === null ? '' : ` (${answer.spec.version})`} against{' '}
        {answer.consumers.length} consumer version{answer.consumers.length === 1 ? '' : 's'} on their main
        branch: {operations.length - unused} of {operations.length} operations used
        {unused > 0 ? `, ${unused} unused` : ''}. <Link href={specChangeHref(name)}>Check a spec change</Link>
      </p>
      {operations.length === 0 ? (
        <Empty>The spec has no operations.</Empty>
      ) : (
        <ul className="plain usage-operations">
          {operations.map((op) => (
            <OperationUsageItem key={`${op.method} ${op.path}`} op={op} />
          ))}
        </ul>
      )}
      {answer.usage.unrouted.length > 0 && (
        <p className="muted">
          {answer.usage.unrouted.length} interaction(s) match no operation of this spec:{' '}
          <ConsumerRefs refs={answer.usage.unrouted} />
        </p>
      )}
    </>
  );
}

interface Part {
  label: string;
  usedBy: Operation['usedBy'];
}

/** Every part of an operation a consumer may rely on, as one flat list of labelled rows. */
function partsOf(op: Operation): Part[] {
  const parts: Part[] = op.parameters.map((p) => ({
    label: `${p.in} parameter ${p.name}`,
    usedBy: p.usedBy,
  }));
  for (const media of op.requestBody?.content ?? []) {
    parts.push({ label: `request body ${media.mediaType}`, usedBy: media.usedBy });
    for (const prop of media.properties)
      parts.push({ label: `request field ${prop.path}`, usedBy: prop.usedBy });
  }
  for (const response of op.responses) {
    parts.push({ label: `response ${response.status}`, usedBy: response.usedBy });
    for (const header of response.headers)
      parts.push({ label: `response ${response.status} header ${header.name}`, usedBy: header.usedBy });
    for (const media of response.content)
      for (const prop of media.properties)
        parts.push({ label: `response ${response.status} field ${prop.path}`, usedBy: prop.usedBy });
  }
  return parts;
}

function OperationUsageItem({ op }: { op: Operation }) {
  const parts = partsOf(op);
  const unusedParts = parts.filter((part) => part.usedBy.length === 0).length;
  const used = op.usedBy.length > 0;
  return (
    <li data-testid="usage-operation" data-used={used ? 'true' : 'false'} className={used ? '' : 'op-unused'}>
      <details>
        <summary>
          <code>
            {op.method.toUpperCase()} {op.path}
          </code>{' '}
          {used ? (
            <span className="muted">
              {new Set(op.usedBy.map((ref) => ref.consumer)).size} consumer(s)
              {unusedParts > 0 ? `, ${unusedParts} part(s) unused` : ''}
            </span>
          ) : (
            <span className="usage-unused">unused by every consumer</span>
          )}
        </summary>
        <div className="usage-detail">
          <ConsumerRefs refs={op.usedBy} />
          {parts.length > 0 && (
            <table className="usage-parts">
              <thead>
                <tr>
                  <th scope="col">Part</th>
                  <th scope="col">Used by</th>
                </tr>
              </thead>
              <tbody>
                {parts.map((part) => (
                  <tr
                    key={part.label}
                    data-testid="usage-part"
                    data-used={part.usedBy.length > 0 ? 'true' : 'false'}
                  >
                    <td>
                      <code>{part.label}</code>
                    </td>
                    <td>
                      <ConsumerRefs refs={part.usedBy} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </details>
    </li>
  );
}
