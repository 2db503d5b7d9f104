import { allOfKeyword, anyOfKeyword, ifKeyword, notKeyword, oneOfKeyword } from './combinator-keywords.js';
import { discriminatorKeyword } from './discriminator-keyword.js';
import type { KeywordHandler } from './keyword-call.js';
import { isLimitKeyword, limitKeyword } from './limit-keywords.js';
import {
  additionalPropertiesKeyword,
  patternPropertiesKeyword,
  propertiesKeyword,
  requiredKeyword,
} from './object-keywords.js';
import { unsupported } from './unsupported.js';
import {
  additionalItemsKeyword,
  constKeyword,
  enumKeyword,
  formatKeyword,
  itemsKeyword,
  patternKeyword,
} from './value-keywords.js';

const ignored: KeywordHandler = () => {};

// `type` is checked before the keywords; `then`/`else` are applied by `if`. `$ref` is the interpreter's own.
const handlers = new Map<string, KeywordHandler>([
  ['$comment', ignored],
  ['type', ignored],
  ['then', ignored],
  ['else', ignored],
  ['const', constKeyword],
  ['enum', enumKeyword],
  ['not', notKeyword],
  ['anyOf', anyOfKeyword],
  ['oneOf', oneOfKeyword],
  ['allOf', allOfKeyword],
  ['if', ifKeyword],
  ['format', formatKeyword],
  ['pattern', patternKeyword],
  ['additionalItems', additionalItemsKeyword],
  ['items', itemsKeyword],
  ['required', requiredKeyword],
  ['additionalProperties', additionalPropertiesKeyword],
  ['properties', propertiesKeyword],
  ['patternProperties', patternPropertiesKeyword],
  ['discriminator', discriminatorKeyword],
]);

/** How a keyword is applied; anything not modelled (multipleOf, uniqueItems, contains, propertyNames…) is left to Ajv. */
export function keywordHandler(keyword: string): KeywordHandler {
  const handler = handlers.get(keyword);
  if (handler !== undefined) return handler;
  if (isLimitKeyword(keyword)) return limitKeyword;
  throw unsupported;
}
