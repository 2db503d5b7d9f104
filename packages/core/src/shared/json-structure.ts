/** What one pass over JSON text tells about the tree it parses to. */
export interface JsonStructure {
  /** Deepest `[`/`{` nesting (the depth reached when the scan stopped early). */
  depth: number;
  /** Objects and arrays, i.e. `[`/`{` outside strings: the nodes JSON.parse will allocate. */
  containers: number;
}

/**
 * Scans JSON text for its nesting depth and container count, ignoring brackets inside strings. Linear, no
 * recursion, stops once the depth exceeds `limit`. Not a validator: on invalid JSON the counts are still bounds.
 * When `dollarStrings` is given, the index of each string whose first character is a literal `$` (`"$ref"`…)
 * is added to it, sparing callers who look for such keys another pass over the text.
 */
export function scanJsonStructure(text: string, limit = Infinity, dollarStrings?: number[]): JsonStructure {
  let depth = 0;
  let deepest = 0;
  let containers = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    // Whitespace (pretty-printed specs are half indentation), `:` and `,` are the most common; test them first.
    if (c <= 32 /* space and controls */ || c === 58 /* : */ || c === 44 /* , */) continue;
    if (c === 34 /* " */) {
      if (dollarStrings !== undefined && text.charCodeAt(i + 1) === 36 /* $ */) dollarStrings.push(i);
      i = closingQuote(text, i);
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      containers++;
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > limit) break;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return { depth: deepest, containers };
}

/**
 * Index of the quote closing the string opened at `open` (the text's length if it never closes). Most of a
 * spec's text is strings: jumping between quotes with `indexOf` is several times faster than reading
 * every character.
 */
function closingQuote(text: string, open: number): number {
  let quote = text.indexOf('"', open + 1);
  while (quote !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92 /* \ */) backslashes++;
    if (backslashes % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return text.length;
}
