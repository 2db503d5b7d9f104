import { compareXmlRoot } from '../xml/compare-xml.js';
import { parseXml } from '../xml/parse-xml.js';
import { bodyMismatch } from './body-context.js';
import type { BodyContext } from './body-context.js';
import { compareWhole } from './compare-whole.js';

/** XML bodies: both parsed, then compared element by element. */
export function compareXmlText(expectedText: string, actualText: string, ctx: BodyContext): void {
  const expected = parseXml(expectedText);
  const actual = parseXml(actualText);
  // An example that is not well-formed XML can still be compared as text.
  if (typeof expected === 'string') compareWhole(expectedText, actualText, ctx);
  else if (typeof actual === 'string')
    bodyMismatch(ctx, '$', `The received XML body cannot be read: ${actual}`);
  else compareXmlRoot(expected, actual, ctx);
}
