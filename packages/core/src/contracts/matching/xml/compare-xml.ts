import { applyRules } from '../apply-rules.js';
import type { BodyContext } from '../body/body-context.js';
import { bodyMismatch } from '../body/body-context.js';
import { checkLength } from '../matchers/type-matcher.js';
import { displayPath } from '../path-expression.js';
import { selectRules } from '../rule-selection.js';
import { TYPE_LIKE } from '../../parse/known-matchers.js';
import type { Matcher } from '../../model.js';
import type { XmlAttribute, XmlElement, XmlName } from './parse-xml.js';

/**
 * Compares XML elements the way Pact does. Paths name elements by tag, not position:
 * `$.animals.alligator['@name']` is the `name` attribute of every `alligator` under the root
 * `animals`, and `#text` is an element's text. Elements are identified by namespace URI and local
 * name (prefixes do not matter). Children are grouped by name and compared in order within a group;
 * when a rule covers a group, every actual child is compared with the first example (`eachLike`).
 * The root's `min`/`max` count its children; a deeper element's count its occurrences.
 */
export function compareXmlRoot(expected: XmlElement, actual: XmlElement, ctx: BodyContext): void {
  const path = ['$', expected.name];
  if (!compareElement(path, expected, actual, ctx)) return;
  const selected = selectRules(ctx.rules, path);
  if (selected?.direct) countCheck(path, selected.rules.matchers, actual.children.length, ctx);
}

/** @returns false when the elements differ in name (nothing further is compared). */
function compareElement(path: string[], expected: XmlElement, actual: XmlElement, ctx: BodyContext): boolean {
  if (!sameName(expected, actual)) {
    bodyMismatch(
      ctx,
      displayPath(path),
      `Expected element <${label(expected)}> but received <${label(actual)}>`,
      label(expected),
      label(actual),
    );
    return false;
  }
  compareAttributes(path, expected.attributes, actual.attributes, ctx);
  compareScalar([...path, '#text'], expected.text, actual.text, ctx);
  compareChildren(path, expected, actual, ctx);
  return true;
}

function compareAttributes(
  path: string[],
  expected: XmlAttribute[],
  actual: XmlAttribute[],
  ctx: BodyContext,
): void {
  for (const attribute of expected) {
    const found = actual.find((a) => sameName(a, attribute));
    const at = [...path, `@${attribute.name}`];
    if (!found)
      bodyMismatch(
        ctx,
        displayPath(at),
        `Expected attribute '${attribute.name}' but it was missing`,
        attribute.value,
      );
    else compareScalar(at, attribute.value, found.value, ctx);
  }
  if (ctx.allowUnexpectedKeys) return;
  for (const attribute of actual) {
    if (!expected.some((e) => sameName(e, attribute))) {
      bodyMismatch(
        ctx,
        displayPath([...path, `@${attribute.name}`]),
        `Unexpected attribute '${attribute.name}'`,
        undefined,
        attribute.value,
      );
    }
  }
}

function compareScalar(path: string[], expected: string, actual: string, ctx: BodyContext): void {
  const selected = selectRules(ctx.rules, path);
  const problems = selected
    ? applyRules(selected.rules, expected, actual, { direct: selected.direct, stringly: true })
    : expected === actual
      ? []
      : [`Expected '${expected}' but received '${actual}'`];
  for (const problem of problems) bodyMismatch(ctx, displayPath(path), problem, expected, actual);
}

function compareChildren(path: string[], expected: XmlElement, actual: XmlElement, ctx: BodyContext): void {
  const expectedGroups = groupByName(expected.children);
  const actualGroups = groupByName(actual.children);
  let likeMode = false;
  for (const [key, examples] of expectedGroups) {
    const childPath = [...path, examples[0]!.name];
    const received = actualGroups.get(key) ?? [];
    const selected = selectRules(ctx.rules, childPath);
    if (received.length === 0) {
      bodyMismatch(
        ctx,
        displayPath(childPath),
        `Expected child element <${examples[0]!.name}> but it was missing`,
      );
      continue;
    }
    if (selected) {
      likeMode = true;
      if (selected.direct) countCheck(childPath, selected.rules.matchers, received.length, ctx);
      received.forEach((child, i) => compareElement(childPath, examples[i] ?? examples[0]!, child, ctx));
      continue;
    }
    if (received.length < examples.length) {
      bodyMismatch(
        ctx,
        displayPath(childPath),
        `Expected ${examples.length} <${examples[0]!.name}> element(s) but received ${received.length}`,
      );
    } else if (received.length > examples.length && !ctx.allowUnexpectedKeys) {
      bodyMismatch(
        ctx,
        displayPath(childPath),
        `Expected ${examples.length} <${examples[0]!.name}> element(s) but received ${received.length}`,
      );
    }
    examples
      .slice(0, received.length)
      .forEach((example, i) => compareElement(childPath, example, received[i]!, ctx));
  }
  // Under a rule the children are a list of like elements, so a differently named one does not fit.
  const strict = !ctx.allowUnexpectedKeys || (likeMode && expectedGroups.size === 1);
  if (!strict) return;
  for (const [key, children] of actualGroups) {
    if (!expectedGroups.has(key)) {
      bodyMismatch(
        ctx,
        displayPath([...path, children[0]!.name]),
        `Unexpected child element <${children[0]!.name}>`,
      );
    }
  }
}

function countCheck(path: string[], matchers: Matcher[], count: number, ctx: BodyContext): void {
  for (const matcher of matchers) {
    if (!TYPE_LIKE.has(matcher.match)) continue;
    const problem = checkLength(matcher['min'], matcher['max'], new Array<undefined>(count));
    if (problem) bodyMismatch(ctx, displayPath(path), problem, undefined, count);
  }
}

function groupByName(children: XmlElement[]): Map<string, XmlElement[]> {
  const groups = new Map<string, XmlElement[]>();
  for (const child of children) {
    const key = `${child.ns}|${child.local}`;
    const group = groups.get(key);
    if (group) group.push(child);
    else groups.set(key, [child]);
  }
  return groups;
}

function sameName(a: XmlName, b: XmlName): boolean {
  return a.local === b.local && a.ns === b.ns;
}

function label(name: XmlName): string {
  return name.ns ? `{${name.ns}}${name.local}` : name.local;
}
