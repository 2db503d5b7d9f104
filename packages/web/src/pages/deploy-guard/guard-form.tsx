import { allItems } from '@signet/client';
import { useState, type FormEvent } from 'react';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { ErrorMessage } from '../../components/error-message.js';
import { hrefs } from '../../router/hrefs.js';
import { useRouter } from '../../router/use-router.js';

/** Pick a service, a version and an environment; the question goes into the URL. */
export function GuardForm({
  initial,
}: {
  initial: { service: string; version: string; environment: string };
}) {
  const { client } = useBroker();
  const { navigate } = useRouter();
  const [service, setService] = useState(initial.service);
  const [version, setVersion] = useState(initial.version);
  const [environment, setEnvironment] = useState(initial.environment);
  const services = useQuery(
    'all-services',
    async () => {
      const names: string[] = [];
      for await (const s of allItems((cursor) => client.services.list({ cursor, limit: 100 })))
        names.push(s.name);
      return names;
    },
    { live: false },
  );
  const versions = useQuery(
    `versions-of:${service}`,
    () =>
      service === ''
        ? Promise.resolve([])
        : client.versions.list(service, { limit: 50 }).then((p) => p.items),
    { live: false },
  );
  const environments = useQuery('environments', () => client.environments.list({ limit: 100 }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(hrefs.deployGuard({ service, version, environment }));
  };
  return (
    <form className="guard-form" onSubmit={submit} aria-label="Deploy guard question">
      <label>
        Service{' '}
        <input
          name="service"
          list="guard-services"
          required
          value={service}
          onChange={(e) => {
            setService(e.target.value);
            setVersion('');
          }}
        />
      </label>
      <datalist id="guard-services">
        {(services.data ?? []).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <label>
        Version{' '}
        <input
          name="version"
          list="guard-versions"
          required
          value={version}
          onChange={(e) => setVersion(e.target.value)}
        />
      </label>
      <datalist id="guard-versions">
        {(versions.data ?? []).map((v) => (
          <option key={v.number} value={v.number}>
            {v.branch ?? ''}
          </option>
        ))}
      </datalist>
      <label>
        Environment{' '}
        <select
          name="environment"
          required
          value={environment}
          onChange={(e) => setEnvironment(e.target.value)}
        >
          <option value="">choose…</option>
          {(environments.data?.items ?? []).map((e) => (
            <option key={e.name} value={e.name}>
              {e.displayName || e.name}
              {e.production ? ' (production)' : ''}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Check</button>
      {environments.status === 'error' && <ErrorMessage error={environments.error} what="environments" />}
    </form>
  );
}
