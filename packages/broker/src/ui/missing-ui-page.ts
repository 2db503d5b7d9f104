/**
 * What a browser gets when the UI was not built: the API works, the page says how to get the UI. Plain HTML: the
 * content security policy allows no inline style.
 */
export function missingUiPage(uiDir: string | undefined): string {
  const where =
    uiDir === undefined ? 'the @signet/web package was not found' : `${uiDir}/index.html is missing`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Signet — web UI not built</title></head>
<body>
<h1>Signet broker</h1>
<p role="alert">The web UI is not built (${escapeHtml(where)}). Run <code>npm run build</code> in the repository
(or <code>npm run build -w @signet/web</code>) and reload this page.</p>
<p>The API is available at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p>
</body></html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
