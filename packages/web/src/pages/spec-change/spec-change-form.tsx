import { allItems } from '@signet/client';
import { useState, type FormEvent } from 'react';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';

export interface SpecChangeInput {
  content: string;
  environment?: string;
}

/** Larger candidates are refused before sending (the broker's document limit is of the same order). */
const MAX_BYTES = 10 * 1024 * 1024;

/** The candidate spec (pasted, or read from a file) and which consumers count (main branches, or an environment). */
export function SpecChangeForm({
  busy,
  onCheck,
}: {
  busy: boolean;
  onCheck: (input: SpecChangeInput) => void;
}) {
  const { client } = useBroker();
  const [content, setContent] = useState('');
  const [environment, setEnvironment] = useState('');
  const [note, setNote] = useState<string>();
  const environments = useQuery(
    'spec-change-environments',
    async () => {
      const names: string[] = [];
      for await (const e of allItems((cursor) => client.environments.list({ cursor, limit: 100 })))
        names.push(e.name);
      return names;
    },
    { live: false },
  );
  const readFile = (file: File | undefined) => {
    if (file === undefined) return;
    if (file.size > MAX_BYTES) return setNote(`${file.name} is larger than 10 MB.`);
    setNote(undefined);
    void file.text().then(setContent);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (content.trim() === '') return setNote('Paste a spec or choose a file first.');
    setNote(undefined);
    onCheck({ content, ...(environment === '' ? {} : { environment }) });
  };
  return (
    <form className="spec-change-form" onSubmit={submit} aria-label="Spec change to check">
      <label className="spec-text">
        Candidate spec (OpenAPI or AsyncAPI, JSON or YAML)
        <textarea
          value={content}
          onChange={(event) => setContent(event.target.value)}
          rows={14}
          spellCheck={false}
          placeholder="openapi: 3.0.3 …"
        />
      </label>
      <div className="spec-change-options">
        <label>
          Or upload a file{' '}
          <input
            type="file"
            accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
            onChange={(event) => readFile(event.target.files?.[0])}
          />
        </label>
        <label>
          Consumers that count{' '}
          <select value={environment} onChange={(event) => setEnvironment(event.target.value)}>
            <option value="">each consumer’s main branch</option>
            {(environments.data ?? []).map((name) => (
              <option key={name} value={name}>
                running in {name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Checking…' : 'Check the change'}
        </button>
      </div>
      {note !== undefined && (
        <p className="field-note" role="alert">
          {note}
        </p>
      )}
    </form>
  );
}
