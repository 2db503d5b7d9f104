import { useState, type FormEvent } from 'react';
import { webhookEventNames } from '@signet/client';
import { mayAdminister, useAccess } from '../../components/access-context.js';
import { NeedsAdmin } from '../../components/access-notes.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useServiceNames } from '../../components/use-service-names.js';
import { TemplateHelp } from './template-help.js';
import { emptyForm, type WebhookFormState } from './webhook-form-state.js';
import './webhooks.css';

type Method = WebhookFormState['method'];
type FilterKey = 'service' | 'consumer' | 'provider';
const methods: Method[] = ['POST', 'PUT', 'PATCH', 'GET', 'DELETE'];
const filters: Array<[FilterKey, string]> = [
  ['service', 'Service'],
  ['consumer', 'Consumer'],
  ['provider', 'Provider'],
];

/** Create or edit a subscription: events, optional service/integration filter, request, secret, enabled. */
export function WebhookForm({
  initial = emptyForm,
  hasSecret = false,
  submitLabel,
  onSubmit,
}: {
  initial?: WebhookFormState;
  hasSecret?: boolean;
  submitLabel: string;
  onSubmit: (form: WebhookFormState) => Promise<unknown>;
}) {
  const [form, setForm] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const services = useServiceNames();
  const admin = mayAdminister(useAccess());
  const set = <K extends keyof WebhookFormState>(key: K, value: WebhookFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const toggle = (event: WebhookFormState['events'][number]) =>
    set(
      'events',
      form.events.includes(event) ? form.events.filter((e) => e !== event) : [...form.events, event],
    );
  // A filter must name a service the broker knows (a typo would silently never fire).
  const unknownFilter = (key: FilterKey) =>
    form[key].trim() !== '' && services.data !== undefined && !services.data.includes(form[key].trim());
  const invalid = filters.some(([key]) => unknownFilter(key));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    setBusy(true);
    setError(undefined);
    onSubmit(form)
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <form className="webhook-form" onSubmit={submit} aria-label={submitLabel}>
      <NeedsAdmin what="Saving a webhook" />
      <label>
        Description{' '}
        <input
          value={form.description}
          onChange={(e) => set('description', e.target.value)}
          placeholder="notify shopping_cart"
        />
      </label>
      <fieldset className="event-grid">
        <legend>Events</legend>
        {webhookEventNames.map((event) => (
          <label key={event} className="check">
            <input type="checkbox" checked={form.events.includes(event)} onChange={() => toggle(event)} />{' '}
            {event}
          </label>
        ))}
      </fieldset>
      <fieldset className="filter-grid">
        <legend>Only for (optional)</legend>
        {filters.map(([key, label]) => (
          <label key={key}>
            {label}{' '}
            <input
              list="webhook-services"
              value={form[key]}
              onChange={(e) => set(key, e.target.value)}
              aria-invalid={unknownFilter(key)}
              aria-describedby={unknownFilter(key) ? `${key}-unknown` : undefined}
            />
            {unknownFilter(key) && (
              <span className="field-error" id={`${key}-unknown`}>
                No service is named {form[key].trim()}
              </span>
            )}
          </label>
        ))}
        <datalist id="webhook-services">
          {(services.data ?? []).map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </fieldset>
      <fieldset className="request-grid">
        <legend>Request</legend>
        <div className="method-url">
          <label>
            Method {/* The options are exactly the methods the type allows. */}
            <select value={form.method} onChange={(e) => set('method', e.target.value as Method)}>
              {methods.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          </label>
          <label className="url">
            URL{' '}
            <input
              type="url"
              required
              value={form.url}
              onChange={(e) => set('url', e.target.value)}
              placeholder="https://ci.example.com/hooks/${pactbroker.providerName}"
            />
          </label>
        </div>
        <label>
          <span>
            Headers (one <code>Name: value</code> per line)
          </span>
          <textarea rows={3} value={form.headers} onChange={(e) => set('headers', e.target.value)} />
        </label>
        <label>
          Body template
          <textarea rows={4} value={form.body} onChange={(e) => set('body', e.target.value)} />
        </label>
        <TemplateHelp form={form} />
        <label>
          <span>
            Secret {hasSecret && <span className="muted">(set; type a new one to replace it)</span>}
          </span>
          <input
            type="password"
            autoComplete="off"
            value={form.secret}
            onChange={(e) => set('secret', e.target.value)}
          />
        </label>
        <label className="check">
          <input type="checkbox" checked={form.enabled} onChange={(e) => set('enabled', e.target.checked)} />{' '}
          Enabled
        </label>
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={busy || !admin || form.events.length === 0 || invalid}>
          {submitLabel}
        </button>
        {form.events.length === 0 && <span className="muted">Choose at least one event.</span>}
      </div>
      {error !== undefined && <ErrorMessage error={error} />}
    </form>
  );
}
