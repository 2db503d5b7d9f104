import { bodyFamily } from '../../media-type.js';
import type { BodyFamily } from '../../media-type.js';
import type { Body } from '../../model.js';
import { detectContentType, detectTextType } from '../detect-content-type.js';

/** A present body viewed the ways the comparers need it. */
export interface BodyContent {
  family: BodyFamily;
  /** Declared content type, else the sniffed one. */
  contentType: string;
  declared: boolean;
  text: () => string;
  bytes: () => Uint8Array;
}

/**
 * How a body should be compared: by its declared content type, else by sniffing (JSON values are
 * JSON; text that starts like XML is XML).
 */
export function bodyContent(body: Exclude<Body, { kind: 'absent' }>, declaredType?: string): BodyContent {
  const declared = body.contentType ?? declaredType;
  const text = () =>
    body.kind === 'text'
      ? body.text
      : body.kind === 'binary'
        ? Buffer.from(body.base64, 'base64').toString('utf8')
        : jsonText(body.value);
  const bytes = () =>
    body.kind === 'binary' ? Buffer.from(body.base64, 'base64') : Buffer.from(text(), 'utf8');
  const family = bodyFamily(declared);
  if (declared !== undefined && family !== undefined)
    return { family, contentType: declared, declared: true, text, bytes };
  const sniffed =
    body.kind === 'json'
      ? 'application/json'
      : body.kind === 'text'
        ? detectTextType(body.text)
        : detectContentType(bytes());
  return { family: bodyFamily(sniffed) ?? 'binary', contentType: sniffed, declared: false, text, bytes };
}

function jsonText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

/** Empty means no content at all: an absent body, `''`, or zero bytes. */
export function isEmptyBody(body: Body): boolean {
  return (
    body.kind === 'absent' ||
    (body.kind === 'text' && body.text === '') ||
    (body.kind === 'binary' && body.base64 === '')
  );
}
