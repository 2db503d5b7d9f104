import type { RelationDoc } from './relation-docs.js';

/** A small self-contained HTML page documenting one relation (no scripts, no outside resources). */
export function docPage(rel: string, doc: RelationDoc): string {
  const rows = doc.methods
    .map(
      ([method, what]) => `<tr><th scope="row">${escapeHtml(method)}</th><td>${escapeHtml(what)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>pb:${escapeHtml(rel)} – Signet</title></head>
<body>
<h1>${escapeHtml(doc.title)}</h1>
<p>Relation <code>pb:${escapeHtml(rel)}</code> of the Pact Broker–compatible API's index (<a href="/">/</a>).</p>
<table><tbody>${rows}</tbody></table>
<p>${escapeHtml(doc.summary)}</p>
</body></html>
`;
}

/** The page for a relation this broker does not have. */
export function unknownRelationPage(rel: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Unknown relation – Signet</title></head>
<body><h1>No such relation</h1><p>The index has no relation named <code>${escapeHtml(rel)}</code>.</p></body></html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
