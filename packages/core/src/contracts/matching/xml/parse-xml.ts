/**
 * A small, iterative XML reader for body matching: elements, attributes, text and CDATA, with
 * namespace resolution. DOCTYPEs are skipped and entities other than the predefined and numeric ones
 * are left as written, so no external entity is ever fetched or expanded.
 */

import { decodeEntities, readTag } from './xml-tag.js';
import type { Tag } from './xml-tag.js';

export interface XmlName {
  /** As written, e.g. `a:alligator`. */
  name: string;
  local: string;
  /** Namespace URI, `''` when none. */
  ns: string;
}

export interface XmlAttribute extends XmlName {
  value: string;
}

export interface XmlElement extends XmlName {
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** Direct text and CDATA content, trimmed. */
  text: string;
}

interface Open {
  element: XmlElement;
  scope: Map<string, string>;
  text: string;
}

const MAX_DEPTH = 512;

/** @returns the root element, or a message saying why the text is not well-formed XML. */
export function parseXml(text: string): XmlElement | string {
  const stack: Open[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt < 0 ? text.length : lt);
    if (chunk.trim() !== '') {
      const top = stack[stack.length - 1];
      if (!top) return 'text outside the root element';
      top.text += decodeEntities(chunk);
    }
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) i = skipTo(text, '-->', lt);
    else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt);
      if (end < 0) return 'unterminated CDATA section';
      const top = stack[stack.length - 1];
      if (top) top.text += text.slice(lt + 9, end);
      i = end + 3;
    } else if (text.startsWith('<?', lt)) i = skipTo(text, '?>', lt);
    else if (text.startsWith('<!', lt)) i = skipDeclaration(text, lt);
    else if (text.startsWith('</', lt)) {
      const end = text.indexOf('>', lt);
      const name = text.slice(lt + 2, end < 0 ? text.length : end).trim();
      const open = stack.pop();
      if (!open || open.element.name !== name) return `unexpected closing tag </${name}>`;
      finish(open);
      if (stack.length === 0) root = open.element;
      i = end + 1;
    } else {
      const tag = readTag(text, lt);
      if (typeof tag === 'string') return tag;
      if (root !== undefined && stack.length === 0) return 'more than one root element';
      if (stack.length >= MAX_DEPTH) return `XML nests deeper than ${MAX_DEPTH} elements`;
      const parent = stack[stack.length - 1];
      const open = openElement(tag.name, tag.attributes, parent?.scope ?? new Map<string, string>());
      if (typeof open === 'string') return open;
      parent?.element.children.push(open.element);
      if (tag.selfClosing) {
        finish(open);
        if (!parent) root = open.element;
      } else stack.push(open);
      i = tag.end;
    }
    if (i <= 0) return 'unterminated markup';
  }
  if (stack.length > 0) return `unclosed element <${stack[stack.length - 1]!.element.name}>`;
  return root ?? 'no root element';
}

function skipTo(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from);
  return end < 0 ? -1 : end + terminator.length;
}

/** `<!DOCTYPE x [ ...internal subset... ]>`: skipped whole, never interpreted. */
function skipDeclaration(text: string, from: number): number {
  const close = text.indexOf('>', from);
  const subset = text.indexOf('[', from);
  if (subset < 0 || (close >= 0 && close < subset)) return close < 0 ? -1 : close + 1;
  return skipTo(text, ']>', subset);
}

function openElement(name: string, raw: Tag['attributes'], inherited: Map<string, string>): Open | string {
  const scope = new Map(inherited);
  for (const { name: attr, value } of raw) {
    if (attr === 'xmlns') scope.set('', value);
    else if (attr.startsWith('xmlns:')) scope.set(attr.slice(6), value);
  }
  const elementName = resolve(name, scope, true);
  if (typeof elementName === 'string') return elementName;
  const attributes: XmlAttribute[] = [];
  for (const { name: attr, value } of raw) {
    if (attr === 'xmlns' || attr.startsWith('xmlns:')) continue;
    const resolved = resolve(attr, scope, false);
    if (typeof resolved === 'string') return resolved;
    attributes.push({ ...resolved, value });
  }
  return { element: { ...elementName, attributes, children: [], text: '' }, scope, text: '' };
}

/** Unprefixed elements take the default namespace; unprefixed attributes have none. */
function resolve(name: string, scope: Map<string, string>, isElement: boolean): XmlName | string {
  const colon = name.indexOf(':');
  if (colon < 0) return { name, local: name, ns: isElement ? (scope.get('') ?? '') : '' };
  const prefix = name.slice(0, colon);
  const ns = prefix === 'xml' ? 'http://www.w3.org/XML/1998/namespace' : scope.get(prefix);
  if (ns === undefined) return `undeclared namespace prefix '${prefix}' in <${name}>`;
  return { name, local: name.slice(colon + 1), ns };
}

function finish(open: Open): void {
  open.element.text = open.text.trim();
}
