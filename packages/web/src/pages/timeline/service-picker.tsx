import { allItems } from '@signet/client';
import { useEffect, useId, useState } from 'react';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';

/**
 * A service name typed with suggestions from every service the broker knows (a datalist the browser filters as
 * you type, instead of a 301-option select). The choice is applied once it names a service, or is cleared.
 */
export function ServicePicker({ value, onChange }: { value: string; onChange: (service: string) => void }) {
  const { client } = useBroker();
  const listId = useId();
  const names = useQuery(
    'timeline-service-names',
    async () => {
      const found: string[] = [];
      for await (const s of allItems((cursor) => client.services.list({ cursor, limit: 100 })))
        found.push(s.name);
      return found;
    },
    { live: false },
  );
  const [typed, setTyped] = useState(value);
  useEffect(() => setTyped(value), [value]);
  const known = names.data;
  const unknown = typed !== '' && known !== undefined && !known.includes(typed);
  const choose = (text: string) => {
    setTyped(text);
    if (text === '' || known?.includes(text)) onChange(text);
  };
  return (
    <label>
      Service{' '}
      <input
        type="search"
        list={listId}
        value={typed}
        onChange={(event) => choose(event.target.value.trim())}
        placeholder="any — type to search"
        aria-invalid={unknown}
        aria-describedby={unknown ? `${listId}-unknown` : undefined}
        data-testid="timeline-service"
      />
      <datalist id={listId}>
        {(known ?? []).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {unknown && (
        <span id={`${listId}-unknown`} className="field-note" role="status">
          No service is named “{typed}”.
        </span>
      )}
    </label>
  );
}
