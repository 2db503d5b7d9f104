/** Start tags and character references, for the XML reader. */

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export interface Tag {
  name: string;
  attributes: Array<{ name: string; value: string }>;
  selfClosing: boolean;
  end: number;
}

const NAME = /[A-Za-z_:][\w:.-]*/y;
const ATTRIBUTE = /\s*([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/** Reads `<name attr="v" ...>` or `<name/>` starting at `lt`; a message when malformed. */
export function readTag(text: string, lt: number): Tag | string {
  NAME.lastIndex = lt + 1;
  const name = NAME.exec(text);
  if (!name) return `invalid tag at offset ${lt}`;
  const attributes: Tag['attributes'] = [];
  let at = NAME.lastIndex;
  for (;;) {
    ATTRIBUTE.lastIndex = at;
    const attribute = ATTRIBUTE.exec(text);
    if (!attribute) break;
    attributes.push({ name: attribute[1]!, value: decodeEntities(attribute[2] ?? attribute[3] ?? '') });
    at = ATTRIBUTE.lastIndex;
  }
  const close = /\s*(\/?)>/y;
  close.lastIndex = at;
  const end = close.exec(text);
  if (!end) return `malformed tag <${name[0]}> at offset ${lt}`;
  return { name: name[0], attributes, selfClosing: end[1] === '/', end: close.lastIndex };
}

/** The predefined and numeric references; anything else (no DTD entities) stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return codePoint(parseInt(entity.slice(2), 16), whole);
    if (entity.startsWith('#')) return codePoint(Number(entity.slice(1)), whole);
    return ENTITIES[entity] ?? whole;
  });
}

function codePoint(value: number, fallback: string): string {
  return Number.isInteger(value) && value >= 0 && value <= 0x10ffff ? String.fromCodePoint(value) : fallback;
}
