/**
 * Whether a concrete request path (`/api/gadgets/42`) is an instance of a spec path template
 * (`/gadgets/{gadgetId}` under base path `/api`): each `{name}` stands for one non-empty segment part.
 */
export function templateMatches(basePaths: string[], template: string, path: string): boolean {
  const pathOnly = path.split('?')[0] ?? '';
  return (basePaths.length > 0 ? basePaths : ['']).some((base) =>
    templateRegex(base.replace(/\/+$/, '') + template).test(pathOnly),
  );
}

function templateRegex(template: string): RegExp {
  const pattern = template
    .split(/(\{[^}]*\})/)
    .map((part) => (/^\{[^}]*\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}/?$`);
}
