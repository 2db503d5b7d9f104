import { formShape, jsonShape } from './body-shape.js';
import type { CapturedBody } from '../transport/index.js';
import { formRules, jsonRules } from './rules/index.js';
import { essence, isFormType, isJsonType, isTextType } from './media-type.js';
import type { BodyRecording } from './recorded-model.js';
import { truncatedBody } from './truncated-body.js';

/**
 * The shape of a captured body for the interaction key: JSON by structure, forms by field names, other
 * bodies by media type. Empty bodies have the shape `''`.
 */
export function capturedShape(captured: CapturedBody, contentType: string | undefined): string {
  if (captured.totalBytes === 0) return '';
  if (captured.truncated) return `large:${essence(contentType)}`;
  if (isFormType(contentType)) return formShape(captured.bytes.toString('utf8'));
  if (isJsonType(contentType)) {
    const parsed = parseJson(captured.bytes);
    if (parsed.ok) return `json:${jsonShape(parsed.value)}`;
  }
  return `${isTextType(contentType) ? 'text' : 'bytes'}:${essence(contentType)}`;
}

/**
 * How a captured body is recorded: JSON (with rules for volatile values), forms as text (rules per field),
 * text as text, anything else as base64 binary. A body larger than the capture limit is not kept (see
 * {@link truncatedBody}).
 */
export function recordBody(captured: CapturedBody, contentType: string | undefined): BodyRecording {
  if (captured.totalBytes === 0) return { rules: {} };
  const type = contentType ?? '';
  if (captured.truncated) return truncatedBody(captured, type);
  const text = captured.bytes.toString('utf8');
  if (isJsonType(type)) {
    const parsed = parseJson(captured.bytes);
    if (parsed.ok) {
      return {
        body: { kind: 'json', value: parsed.value, contentType: type },
        rules: jsonRules(parsed.value),
      };
    }
  }
  if (isFormType(type)) return { body: { kind: 'text', text, contentType: type }, rules: formRules(text) };
  if (isTextType(type) || isJsonType(type) || (type === '' && isCleanText(captured.bytes, text))) {
    return { body: { kind: 'text', text, contentType: type || 'text/plain' }, rules: {} };
  }
  return {
    body: {
      kind: 'binary',
      base64: captured.bytes.toString('base64'),
      contentType: type || 'application/octet-stream',
    },
    rules: {},
  };
}

function parseJson(bytes: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(bytes.toString('utf8')) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Valid UTF-8 without control characters other than tab, line feed, form feed and carriage return. */
function isCleanText(bytes: Buffer, text: string): boolean {
  if (Buffer.byteLength(text) !== bytes.length || text.includes('\uFFFD')) return false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) return false;
  }
  return true;
}
