import type { CapturedBody } from '../transport/index.js';
import { essence, isJsonType, isTextType } from './media-type.js';
import type { BodyRecording, RecordedBody } from './recorded-model.js';

/**
 * A body larger than the capture limit: its beginning would be a false example, so the contract says only
 * that a body of this content type is sent — an empty example with a `contentType` rule at `$` — plus a
 * note with its size. A JSON body cannot be written empty (that is not JSON), so it is left out.
 */
export function truncatedBody(captured: CapturedBody, contentType: string): BodyRecording {
  const type = essence(contentType);
  const note = `${captured.totalBytes}-byte ${type || 'untyped'} body not kept (larger than the capture limit)`;
  if (isJsonType(type)) return { rules: {}, note };
  const recordedType = contentType || 'application/octet-stream';
  const body: RecordedBody = isTextType(type)
    ? { kind: 'text', text: '', contentType: recordedType }
    : { kind: 'binary', base64: '', contentType: recordedType };
  return { body, rules: { $: [{ match: 'contentType', value: type || 'application/octet-stream' }] }, note };
}
