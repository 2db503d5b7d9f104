type Step = { field: string } | { index: number } | 'all';

/**
 * Replaces the values a Pact body path (`$.id`, `$.items[*].id`, `$['a b'][0]`, `$.*`) selects in `root` with
 * `replace(example)`; a `replace` of `undefined` leaves that value. Returns the new root, or `undefined` when the
 * path is not one or selects nothing.
 *
 * @example setAtPath({ id: 1 }, '$.id', () => ({ value: 7 })) // { id: 7 }
 */
export function setAtPath(
  root: unknown,
  path: string,
  replace: (example: unknown) => { value: unknown } | undefined,
): unknown {
  const steps = parseSteps(path);
  if (steps === undefined) return undefined;
  let touched = false;
  const visit = (node: unknown, at: number): unknown => {
    if (at === steps.length) {
      touched = true;
      const replaced = replace(node);
      return replaced ? replaced.value : node;
    }
    const step = steps[at] as Step;
    if (step === 'all') {
      if (Array.isArray(node)) return (node as unknown[]).map((item) => visit(item, at + 1));
      if (isObject(node))
        return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v, at + 1)]));
      return node;
    }
    if ('index' in step) {
      if (!Array.isArray(node) || step.index >= node.length) return node;
      return (node as unknown[]).map((item, i) => (i === step.index ? visit(item, at + 1) : item));
    }
    if (!isObject(node) || !(step.field in node)) return node;
    return { ...node, [step.field]: visit(node[step.field], at + 1) };
  };
  const result = visit(root, 0);
  return touched ? result : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseSteps(path: string): Step[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const steps: Step[] = [];
  let rest = path.slice(1);
  while (rest.length > 0) {
    const match =
      /^\.\*/.exec(rest) ??
      /^\[\*\]/.exec(rest) ??
      /^\.([^.[\]\s'"]+)/.exec(rest) ??
      /^\[(\d+)\]/.exec(rest) ??
      /^\['((?:[^'\\]|\\.)*)'\]/.exec(rest) ??
      /^\["((?:[^"\\]|\\.)*)"\]/.exec(rest);
    if (!match) return undefined;
    const [text, inner] = match;
    if (text === '.*' || text === '[*]') steps.push('all');
    else if (/^\[\d+\]$/.test(text)) steps.push({ index: Number(inner) });
    else steps.push({ field: (inner as string).replace(/\\(.)/g, '$1') });
    rest = rest.slice(text.length);
  }
  return steps;
}
