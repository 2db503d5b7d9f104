// Impact asks for the shapes of the same few thousand templates millions of times (changes × footprints).
const shapes = new Map<string, string>();
const MAX_SHAPES = 50_000;

/** `/a/{id}/b` → `/a/{}/b`: two templates that differ only in parameter names match the same requests. */
export function pathShape(path: string): string {
  let shape = shapes.get(path);
  if (shape === undefined) {
    if (!path.includes('{')) return path;
    // A bound, not an eviction policy: a long-running broker sees many specs' templates.
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shape = path.replace(/\{[^}/]*\}/g, '{}');
    shapes.set(path, shape);
  }
  return shape;
}

/** The path parameter names in template order: `/a/{x}/{y}` → `['x', 'y']`. */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{([^}/]*)\}/g)].map((m) => m[1]!);
}
