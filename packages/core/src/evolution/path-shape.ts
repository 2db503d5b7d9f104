/** `/a/{id}/b` → `/a/{}/b`: two templates that differ only in parameter names match the same requests. */
export function pathShape(path: string): string {
  return path.replace(/\{[^}/]*\}/g, '{}');
}

/** The path parameter names in template order: `/a/{x}/{y}` → `['x', 'y']`. */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{([^}/]*)\}/g)].map((m) => m[1]!);
}
