import { describe, expect, it } from 'vitest';
import type { RuleList } from '../../model.js';
import type { BodyContext } from '../body/body-context.js';
import { compareXmlRoot } from './compare-xml.js';
import { parseXml } from './parse-xml.js';
import type { XmlElement } from './parse-xml.js';

const list = (...matchers: RuleList['matchers']): RuleList => ({ combine: 'AND', matchers });

function xml(text: string): XmlElement {
  const parsed = parseXml(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

function compare(
  expected: string,
  actual: string,
  rules?: Record<string, RuleList>,
  allowUnexpectedKeys = true,
) {
  const ctx: BodyContext = { rules, allowUnexpectedKeys, mismatches: [] };
  compareXmlRoot(xml(expected), xml(actual), ctx);
  return ctx.mismatches;
}

describe('parseXml', () => {
  it('reads elements, attributes, text, CDATA, entities and namespaces', () => {
    const root = xml(
      '<?xml version="1.0"?><!-- c --><a:r xmlns:a="urn:a" xmlns="urn:d" id="1&amp;2"><c>x &lt; y<![CDATA[ <z> ]]></c><e/></a:r>',
    );
    expect(root).toMatchObject({
      local: 'r',
      ns: 'urn:a',
      attributes: [{ name: 'id', ns: '', value: '1&2' }],
    });
    expect(root.children.map((c) => [c.local, c.ns, c.text])).toEqual([
      ['c', 'urn:d', 'x < y <z>'],
      ['e', 'urn:d', ''],
    ]);
  });

  it('reports malformed documents instead of throwing', () => {
    expect(parseXml('<a><b></a>')).toMatch(/closing tag/);
    expect(parseXml('<a>')).toMatch(/unclosed/);
    expect(parseXml('<a/><b/>')).toMatch(/more than one root/);
    expect(parseXml('<p:a/>')).toMatch(/undeclared namespace prefix/);
    expect(parseXml('<a>'.repeat(600) + '</a>'.repeat(600))).toMatch(/deeper than 512/);
    expect(parseXml('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>')).toMatchObject({
      text: '&e;',
    });
  });
});

describe('compareXmlRoot', () => {
  it('ignores attribute order and prefixes, respects namespaces', () => {
    expect(compare('<a x="1" y="2"/>', '<a y="2" x="1"/>')).toEqual([]);
    expect(compare('<p:a xmlns:p="urn:x"/>', '<q:a xmlns:q="urn:x"/>')).toEqual([]);
    expect(compare('<a/>', '<a xmlns="urn:x"/>')[0]?.message).toMatch(/Expected element <a>/);
  });

  it('allows extra attributes and children only where unexpected keys are allowed', () => {
    expect(compare('<a x="1"><b/></a>', '<a x="1" z="2"><b/><c/></a>')).toEqual([]);
    const strict = compare('<a x="1"><b/></a>', '<a x="1" z="2"><b/><c/></a>', undefined, false);
    expect(strict.map((m) => m.path)).toEqual(["$.a['@z']", '$.a.c']);
  });

  it('applies rules by element path: eachLike children, attribute regexes, text types', () => {
    const rules = {
      '$.animals': list({ match: 'type', min: 1 }),
      "$.animals.alligator['@phone']": list({ match: 'regex', regex: '\\d+' }),
    };
    expect(
      compare(
        '<animals><alligator phone="1"/></animals>',
        '<animals><alligator phone="22"/><alligator phone="333"/></animals>',
        rules,
      ),
    ).toEqual([]);
    expect(
      compare(
        '<animals><alligator phone="1"/></animals>',
        '<animals><alligator phone="x"/></animals>',
        rules,
      )[0]?.path,
    ).toBe("$.animals.alligator['@phone']");
    expect(
      compare(
        '<animals><alligator phone="1"/></animals>',
        '<animals><alligator phone="1"/><cat/></animals>',
        rules,
      )[0]?.message,
    ).toMatch(/Unexpected child element <cat>/);
    expect(
      compare('<animals><alligator phone="1"/></animals>', '<animals/>', {
        '$.animals': list({ match: 'type', min: 1 }),
      })[0]?.message,
    ).toMatch(/missing/);
  });

  it('compares text, trimmed', () => {
    expect(compare('<a> x </a>', '<a>x</a>')).toEqual([]);
    expect(compare('<a>x</a>', '<a>y</a>')[0]).toMatchObject({
      path: "$.a['#text']",
      expected: 'x',
      actual: 'y',
    });
  });
});
