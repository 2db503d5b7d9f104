import type { Http } from './http.js';

/** An integration's status: its newest contract against its provider's newest spec. */
export type IntegrationStatus = 'compatible' | 'incompatible' | 'unknown';

/** Every service and every integration, in one document (the UI lays out the whole graph at once). */
export interface ServiceGraph {
  services: Array<{ name: string }>;
  integrations: Array<{
    consumer: string;
    provider: string;
    status: IntegrationStatus;
    contractSha: string;
    specSha: string | null;
  }>;
}

/** `/graph`. */
export function graphApi(http: Http) {
  return {
    get: () => http<ServiceGraph>({ method: 'GET', path: '/graph' }),
  };
}

export type GraphApi = ReturnType<typeof graphApi>;
