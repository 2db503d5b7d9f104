import { useState, type FormEvent } from 'react';
import { webhookEventNames } from '@signet/client';
import { ErrorMessage } from '../../components/error-message.js';
import { emptyForm, type WebhookFormState } from './webhook-form-state.js';

type Method = WebhookFormState['method'];
const methods: Method[] = ['POST', 'PUT', 'PATCH', 'GET', 'DELETE'];

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
  const set = <K extends keyof WebhookFormState>(key: K, value: WebhookFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const toggle = (event: WebhookFormState['events'][number]) =>
    set(
      'events',
      form.events.includes(event) ? form.events.filter((e) => e !== event) : [...form.events, event],
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    onSubmit(form)
      .catch(setError)
      .finally(() => setBusy(false));
  };
  const text = (
    key: 'description' | 'service' | 'consumer' | 'provider' | 'url',
    label: string,
    hint = '',
  ) => (
    <label className={key === 'url' ? 'wide' : undefined}>
      {label}{' '}
      <input
        value={form[key]}
        onChange={(e) => set(key, e.target.value)}
        placeholder={hint}
        required={key === 'url'}
        type={key === 'url' ? 'url' : 'text'}
      />
    </label>
  );
  return (
    <form className="webhook-form" onSubmit={submit} aria-label={submitLabel}>
      {text('description', 'Description', 'notify shopping_cart')}
      <fieldset>
        <legend>Events</legend>
        {webhookEventNames.map((event) => (
          <label key={event} className="check">
            <input type="checkbox" checked={form.events.includes(event)} onChange={() => toggle(event)} />{' '}
            {event}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Only for (optional)</legend>
        {text('service', 'Service')}
        {text('consumer', 'Consumer')}
        {text('provider', 'Provider')}
      </fieldset>
      <fieldset>
        <legend>Request</legend>
        <label>
          Method {/* The options are exactly the methods the type allows. */}
          <select value={form.method} onChange={(e) => set('method', e.target.value as Method)}>
            {methods.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        {text('url', 'URL', 'https://ci.example.com/hooks/${pactbroker.providerName}')}
        <label className="wide">
          Headers (one <code>Name: value</code> per line)
          <textarea rows={3} value={form.headers} onChange={(e) => set('headers', e.target.value)} />
        </label>
        <label className="wide">
          Body template
          <textarea rows={4} value={form.body} onChange={(e) => set('body', e.target.value)} />
        </label>
        <label>
          Secret {hasSecret && <span className="muted">(set; type a new one to replace it)</span>}{' '}
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
      <button type="submit" disabled={busy || form.events.length === 0}>
        {submitLabel}
      </button>
      {form.events.length === 0 && <span className="muted"> Choose at least one event.</span>}
      {error !== undefined && <ErrorMessage error={error} />}
    </form>
  );
}
