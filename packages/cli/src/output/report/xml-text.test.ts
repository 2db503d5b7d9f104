import { describe, expect, it } from 'vitest';
import { xmlAttribute, xmlText } from './xml-text.js';

describe('XML escaping', () => {
  it('escapes markup in text and quotes and line breaks in attributes', () => {
    expect(xmlText('a < b && c > "d"')).toBe('a &lt; b &amp;&amp; c &gt; "d"');
    expect(xmlAttribute('say "hi"\n\tthen\r go <&>')).toBe(
      'say &quot;hi&quot;&#10;&#9;then&#13; go &lt;&amp;&gt;',
    );
  });

  it('drops what XML 1.0 cannot hold: controls, lone surrogates, U+FFFE and U+FFFF', () => {
    const text = 'a\u0000b\u0001c\u001fd\ud800e\udfffi\ufffej\uffffk';
    expect(xmlText(text)).toBe('abcdeijk');
    expect(xmlAttribute(text)).toBe('abcdeijk');
  });

  it('keeps tabs, line breaks, and characters outside the BMP', () => {
    expect(xmlText('tab\there\nnew 😀 \u00e9')).toBe('tab\there\nnew 😀 \u00e9');
  });
});
