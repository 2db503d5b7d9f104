import { BrokerProblemError } from '@signet/client';
import type { ReactNode } from 'react';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';

const missing = (result: PromiseSettledResult<unknown>) =>
  result.status === 'rejected' && result.reason instanceof BrokerProblemError && result.reason.status === 404;

/**
 * The integration page only for services the broker knows: an unknown consumer or provider is one clear
 * "not found" (naming which), not the whole layout with empty, contradictory sections.
 */
export function IntegrationGate({
  consumer,
  provider,
  children,
}: {
  consumer: string;
  provider: string;
  children: ReactNode;
}) {
  const { client } = useBroker();
  const query = useQuery(
    `integration-services:${consumer}:${provider}`,
    async () => {
      const [c, p] = await Promise.allSettled([client.services.get(consumer), client.services.get(provider)]);
      return [missing(c) ? consumer : undefined, missing(p) ? provider : undefined].filter(
        (name): name is string => name !== undefined,
      );
    },
    { live: false },
  );
  if (query.status === 'loading') return <Loading what="Loading the integration" />;
  const unknown = query.data ?? [];
  if (unknown.length === 0) return <>{children}</>;
  return (
    <>
      <PageTitle title="Integration not found" />
      <p data-testid="integration-not-found">
        There is no integration <code>{consumer}</code> → <code>{provider}</code>: this broker has no service
        named{' '}
        {unknown.map((name, i) => (
          <span key={name}>
            {i > 0 && ' or '}
            <code>{name}</code>
          </span>
        ))}
        . <Link href={hrefs.graph()}>See every service and integration</Link>
      </p>
    </>
  );
}
