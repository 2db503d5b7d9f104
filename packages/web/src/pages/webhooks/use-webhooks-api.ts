import { webhooksApi, type WebhooksApi } from '@signet/client';
import { useMemo } from 'react';
import { useBroker } from '../../api/use-broker.js';

/** The webhooks part of the client, with the signed-in token. */
export function useWebhooksApi(): WebhooksApi {
  const { token } = useBroker();
  return useMemo(() => webhooksApi({ baseUrl: window.location.origin, token }), [token]);
}
