import { allItems } from '@signet/client';
import { useBroker } from '../api/use-broker.js';
import { useQuery } from '../api/use-query.js';

/** Every service name the broker knows (all pages), for pickers that must name a real service. */
export function useServiceNames() {
  const { client } = useBroker();
  return useQuery(
    'all-service-names',
    async () => {
      const names: string[] = [];
      for await (const service of allItems((cursor) => client.services.list({ cursor, limit: 100 })))
        names.push(service.name);
      return names;
    },
    { live: false },
  );
}
