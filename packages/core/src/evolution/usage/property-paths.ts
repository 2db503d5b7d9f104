/**
 * Property paths in diffSpecs' notation (`owner.tags[]`, `''` for the body itself), as segment lists so a
 * name holding a dot stays one segment. `[]` is "any array item"; `*` (from a Pact `$.a.*` rule) any name.
 */
export type PropertyPath = readonly string[];

export const ITEMS = '[]';
export const ANY_NAME = '*';

/** `['owner', '[]', 'id']` → `owner[].id`, the form `SpecChange.propertyPath` takes. */
export function formatPath(path: PropertyPath): string {
  let text = '';
  for (const segment of path) text += segment === ITEMS ? ITEMS : text === '' ? segment : `.${segment}`;
  return text;
}

/** Reads `SpecChange.propertyPath` back into segments (a name with a dot in it splits: the pointer check covers it). */
export function parsePath(text: string): PropertyPath {
  if (text === '') return [];
  const segments: string[] = [];
  for (const part of text.split('.')) {
    let name = part;
    let items = 0;
    while (name.endsWith(ITEMS)) {
      name = name.slice(0, -ITEMS.length);
      items++;
    }
    if (name !== '') segments.push(name);
    for (let i = 0; i < items; i++) segments.push(ITEMS);
  }
  return segments;
}

/** Whether `prefix` is `path` or one of its ancestors; a `*` in `path` stands for any name. */
export function isPrefix(prefix: PropertyPath, path: PropertyPath): boolean {
  if (prefix.length > path.length) return false;
  return prefix.every((segment, i) => {
    const other = path[i];
    return other === segment || (other === ANY_NAME && segment !== ITEMS);
  });
}
