/** The API token lives in sessionStorage: it survives reloads in this tab and is gone when the tab closes. */
const KEY = 'signet.token';

export function storedToken(): string | undefined {
  try {
    return window.sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function storeToken(token: string | undefined): void {
  try {
    if (token === undefined) window.sessionStorage.removeItem(KEY);
    else window.sessionStorage.setItem(KEY, token);
  } catch {
    // Storage disabled: the token lasts until reload.
  }
}
