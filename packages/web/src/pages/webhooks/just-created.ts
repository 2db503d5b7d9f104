/** Tells a webhook's page that it was just created here (so it says "saved"), without a query in its URL. */
const KEY = 'signet.webhook-created';

export function markCreated(id: number): void {
  try {
    sessionStorage.setItem(KEY, String(id));
  } catch {
    // Storage disabled: the page simply does not say "saved".
  }
}

/** True once for the webhook just created; the mark is removed. */
export function takeCreated(id: number): boolean {
  try {
    const created = sessionStorage.getItem(KEY) === String(id);
    if (created) sessionStorage.removeItem(KEY);
    return created;
  } catch {
    return false;
  }
}
