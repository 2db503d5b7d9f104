import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Document, LineCounter, Node, YAMLMap } from 'yaml';

// Loaded with the first text to annotate: `signet compare --json`, and a spec over MAX_TEXT_LENGTH, never need
// the YAML parser, whose load is a noticeable share of a short command's start-up.
let yamlModule: typeof Yaml | undefined;
const yaml = (): typeof Yaml => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof Yaml);

/** Past this size a file is not parsed again just to find lines: annotations then name the file only. */
const MAX_TEXT_LENGTH = 10 * 1024 * 1024;
/** Local `$ref`s followed while walking one location (a bound, since references may cycle). */
const MAX_REF_HOPS = 32;

/**
 * Finds the line of a finding's location in the JSON or YAML text it points into.
 *
 * Locations are dotted paths from `[root]` (`[root].paths./pets/{id}.get.responses.200`, `[root].interactions[0]
 * .response.body.id`); keys may hold dots or slashes, so each map tries the keys that prefix what is left. A
 * location that goes deeper than the text (through a `$ref` to another file, into a Pact v4 body string)
 * answers the line of the deepest part found.
 *
 * @example new SourceLines('a:\n  b: 1\n').lineOf('[root].a.b') // 2
 */
export class SourceLines {
  private readonly doc: Document | undefined;
  private readonly lines: LineCounter | undefined;

  constructor(text: string) {
    if (text.length > MAX_TEXT_LENGTH) return;
    try {
      this.lines = new (yaml().LineCounter)();
      const doc = yaml().parseDocument(text, { uniqueKeys: false, lineCounter: this.lines });
      this.doc = doc.errors.length === 0 ? doc : undefined;
    } catch {
      // Lines are a convenience: a text the parser chokes on (nesting too deep) is reported without them.
      this.doc = undefined;
    }
  }

  /** The 1-based line, or undefined when the text could not be parsed or the location is not in it. */
  lineOf(location: string): number | undefined {
    if (this.doc === undefined || this.lines === undefined || !location.startsWith('[root]'))
      return undefined;
    const root = this.doc.contents;
    const found = this.walk(root, location.slice('[root]'.length), offsetOf(root), 0);
    return found.offset === undefined ? undefined : this.lines.linePos(found.offset).line;
  }

  /** Follows `rest` from `node`, reached at `at` (the offset of its key or item); stops at the deepest match. */
  private walk(node: unknown, rest: string, at: number | undefined, hops: number): Found {
    const here: Found = { offset: at, complete: rest === '' };
    if (rest === '' || hops > MAX_REF_HOPS) return here;
    const target = yaml().isAlias(node) && this.doc ? node.resolve(this.doc) : node;
    const index = /^(?:\[(\d+)\]|\.(\d+))(?=[.[]|$)/.exec(rest);
    if (yaml().isSeq(target) && index) {
      const item: unknown = target.items[Number(index[1] ?? index[2])];
      return item === undefined ? here : this.walk(item, rest.slice(index[0].length), offsetOf(item), hops);
    }
    if (!yaml().isMap(target) || !rest.startsWith('.')) return here;
    const wanted = rest.slice(1);
    let best: Found | undefined;
    // Longest keys first: `application/vnd.api+json` before `application/vnd`.
    const pairs = [...target.items].sort((a, b) => keyText(b.key).length - keyText(a.key).length);
    for (const pair of pairs) {
      const key = keyText(pair.key);
      if (key === '' || !(wanted === key || wanted.startsWith(`${key}.`) || wanted.startsWith(`${key}[`)))
        continue;
      const deeper = this.walk(pair.value, wanted.slice(key.length), offsetOf(pair.key), hops);
      if (deeper.complete) return deeper;
      best ??= deeper;
    }
    return best ?? this.throughRef(target, rest, hops) ?? this.throughContent(target, rest, hops) ?? here;
  }

  /** A local `$ref` (`#/components/schemas/Pet`): the location goes on in what it names. */
  private throughRef(map: YAMLMap, rest: string, hops: number): Found | undefined {
    const ref: unknown = map.get('$ref');
    if (typeof ref !== 'string' || !ref.startsWith('#/') || this.doc === undefined) return undefined;
    const segments = ref
      .slice(2)
      .split('/')
      .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
    const named: unknown = this.doc.getIn(segments, true);
    if (named === undefined) return undefined;
    const deeper = this.walk(named, rest, offsetOf(named), hops + 1);
    return deeper.offset === offsetOf(named) ? undefined : deeper;
  }

  /** A Pact v4 body is `{ content, contentType }`: a location into the body goes on in `content`. */
  private throughContent(map: YAMLMap, rest: string, hops: number): Found | undefined {
    const content: unknown = map.get('content', true);
    if (content === undefined) return undefined;
    const deeper = this.walk(content, rest, offsetOf(content), hops);
    return deeper.offset === offsetOf(content) ? undefined : deeper;
  }
}

/** The offset of the deepest key or item reached, and whether the whole location was. */
interface Found {
  offset: number | undefined;
  complete: boolean;
}

function keyText(key: unknown): string {
  return yaml().isScalar(key) ? String(key.value) : '';
}

function offsetOf(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}
