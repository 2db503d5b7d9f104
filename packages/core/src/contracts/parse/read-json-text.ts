import {
  defaultLimits,
  jsonNestingDepth,
  utf8Length,
  valueNestingDepth,
} from '../../shared/document-limits.js';
import type { DocumentLimits } from '../../shared/document-limits.js';
import { ContractError } from '../contract-error.js';

/**
 * Parses contract text after checking size and nesting *before* `JSON.parse`, so a hostile
 * document (10 MB of `[`) is refused in linear time instead of exhausting memory or the stack.
 */
export function readJsonText(text: string, limits: DocumentLimits = defaultLimits): unknown {
  // UTF-16 length never exceeds the UTF-8 byte count, so an over-long string is refused without encoding it.
  checkSize(text.length > limits.maxBytes ? text.length : utf8Length(text), limits);
  if (jsonNestingDepth(text, limits.maxDepth) > limits.maxDepth) throw tooDeep(limits);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ContractError(
      'contract.parse',
      `Contract is not valid JSON: ${detail}`,
      syntaxLocation(text, detail),
      {
        cause: error,
      },
    );
  }
}

/** The same limits for a contract handed over as an already-parsed object. */
export function checkParsedValue(value: unknown, limits: DocumentLimits = defaultLimits): void {
  if (valueNestingDepth(value, limits.maxDepth) > limits.maxDepth) throw tooDeep(limits);
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new ContractError('contract.invalid', 'Contract object cannot be serialised as JSON', '/', {
      cause: error,
    });
  }
  if (text !== undefined) checkSize(utf8Length(text), limits);
}

function checkSize(bytes: number, limits: DocumentLimits): void {
  if (bytes > limits.maxBytes) {
    throw new ContractError(
      'contract.too-large',
      `Contract is at least ${bytes} bytes; the limit is ${limits.maxBytes} bytes`,
      '/',
    );
  }
}

function tooDeep(limits: DocumentLimits): ContractError {
  return new ContractError('contract.too-deep', `Contract nests deeper than ${limits.maxDepth} levels`, '/');
}

/** `line:column` of a JSON syntax error, from the position V8 reports (1-based). */
function syntaxLocation(text: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `${lineColumn[1]}:${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${line}:${column}`;
}
