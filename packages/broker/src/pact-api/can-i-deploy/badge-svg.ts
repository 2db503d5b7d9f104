/** What a badge says: a label on the left, a message on the right, the message's colour, and a title. */
export interface Badge {
  label: string;
  message: string;
  colour: 'green' | 'red' | 'grey' | 'orange';
  /** The whole statement in words, for screen readers and hover (colour alone is not enough). */
  title: string;
}

const fills: Record<Badge['colour'], string> = {
  green: '#4c1',
  red: '#e05d44',
  grey: '#9f9f9f',
  orange: '#fe7d37',
};

// Verdana 11px averages about 7px a character; textLength makes the text fit the box whatever the font.
const charWidth = 7;
const padding = 10;

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/**
 * A flat two-part SVG badge (the look README badges have), drawn here rather than fetched from a badge service,
 * so it works offline and leaks no names. Every text is XML-escaped.
 *
 * @example
 * ```ts
 * const svg = badgeSvg({ label: 'can-i-deploy', message: 'main to prod', colour: 'green', title: 'deployable' });
 * ```
 */
export function badgeSvg(badge: Badge): string {
  const labelText = Math.max(1, [...badge.label].length) * charWidth;
  const messageText = Math.max(1, [...badge.message].length) * charWidth;
  const labelWidth = labelText + padding;
  const width = labelWidth + messageText + padding;
  const title = escapeXml(badge.title);
  const text = (x: number, length: number, value: string) =>
    `<text x="${x}" y="14" textLength="${length}" lengthAdjust="spacingAndGlyphs">${escapeXml(value)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<rect width="${labelWidth}" height="20" fill="#555"/>`,
    `<rect x="${labelWidth}" width="${width - labelWidth}" height="20" fill="${fills[badge.colour]}"/>`,
    `<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">`,
    text(padding / 2, labelText, badge.label),
    text(labelWidth + padding / 2, messageText, badge.message),
    `</g></svg>`,
  ].join('');
}
