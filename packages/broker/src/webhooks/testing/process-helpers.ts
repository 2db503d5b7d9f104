/** POSTs JSON, failing with the response when the broker refuses it. */
export async function post<T>(api: string, path: string, body: object): Promise<T> {
  const response = await fetch(`${api}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`POST ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

/** Environment of a broker whose webhooks may call the local receiver, with a short retry schedule. */
export const testWebhookEnv = {
  SIGNET_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  SIGNET_WEBHOOK_TIMEOUT_MS: '1500',
  SIGNET_WEBHOOK_RETRY_INITIAL_MS: '200',
  SIGNET_WEBHOOK_RETRY_MAX_MS: '1000',
  SIGNET_WEBHOOK_POLL_MS: '200',
};
