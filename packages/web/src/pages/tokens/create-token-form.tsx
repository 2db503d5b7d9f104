import type { NewApiToken, Role } from '@signet/client';
import { useState, type FormEvent } from 'react';
import { useBroker } from '../../api/use-broker.js';
import { ErrorMessage } from '../../components/error-message.js';

/** Name and role of a new token. */
export function CreateTokenForm({
  onCreated,
  disabled = false,
}: {
  onCreated: (token: NewApiToken) => void;
  /** The visitor's token may not create tokens. */
  disabled?: boolean;
}) {
  const { client } = useBroker();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('read');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    client.tokens
      .create({ name, role })
      .then((token) => {
        setName('');
        onCreated(token);
      }, setError)
      .finally(() => setBusy(false));
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label="New token">
      <label>
        Name{' '}
        <input required value={name} onChange={(e) => setName(e.target.value)} placeholder="ci-publisher" />
      </label>
      <label>
        Role{' '}
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          <option value="read">read</option>
          <option value="write">write (publish, record deployments)</option>
          <option value="admin">admin (tokens, webhooks)</option>
        </select>
      </label>
      <button type="submit" disabled={busy || disabled}>
        Create token
      </button>
      {error !== undefined && <ErrorMessage error={error} what="creating the token" />}
    </form>
  );
}
