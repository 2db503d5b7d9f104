import { useEffect, useState, type FormEvent } from 'react';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useServiceNames } from '../../components/use-service-names.js';
import { useSettled } from '../../components/use-settled.js';
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
  const services = useServiceNames();
  // Versions are asked for once typing pauses, and only for a service the broker knows.
  const settledService = useSettled(service.trim());
  const knownService = services.data === undefined || services.data.includes(settledService);
  const versions = useQuery(
    `versions-of:${settledService}`,
    () =>
      settledService === '' || !knownService
        ? Promise.resolve([])
        : client.versions.list(settledService, { limit: 50 }).then((p) => p.items),
    { live: false },
  );
  const environments = useQuery('environments', () => client.environments.list({ limit: 100 }));
  // A link without an environment (from a service or version page) asks about production.
  const production = environments.data?.items.find((e) => e.production)?.name;
  useEffect(() => {
    if (environment === '' && initial.environment === '' && production !== undefined)
      setEnvironment(production);
  }, [production]);
  const unknownService =
    services.data !== undefined && service.trim() !== '' && !services.data.includes(service.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unknownService) return;
    navigate(hrefs.deployGuard({ service: service.trim(), version: version.trim(), environment }));
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
          aria-invalid={unknownService}
          aria-describedby={unknownService ? 'guard-service-unknown' : undefined}
          onChange={(e) => {
            setService(e.target.value);
            setVersion('');
          }}
        />
        {unknownService && (
          <span className="field-error" id="guard-service-unknown">
            No service is named {service.trim()}
          </span>
        )}
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
      <button type="submit" disabled={unknownService}>
        Check
      </button>
      {environments.status === 'error' && <ErrorMessage error={environments.error} what="environments" />}
    </form>
  );
}
