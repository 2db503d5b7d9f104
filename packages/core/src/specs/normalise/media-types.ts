import type { MediaType } from '../model.js';
import { childPointer } from '../pointer.js';
import { childLocation } from '../location.js';
import type { NormaliseContext } from './context.js';
import { isObject, optionalObject, requireObject, type JsonObject } from './guards.js';
import { schemaOf } from './schema-value.js';

/** An OpenAPI 3 `content` map, keyed by media type exactly as written. */
export function contentMap(
  context: NormaliseContext,
  value: unknown,
  pointer: string,
  location: string,
): Record<string, MediaType> {
  const content = optionalObject(value, pointer, 'content');
  const result: Record<string, MediaType> = {};
  const mediaTypes = Object.keys(content);
  for (let i = 0; i < mediaTypes.length; i++) {
    const mediaType = mediaTypes[i]!;
    const entryPointer = childPointer(pointer, mediaType);
    const resolved = context.refs.deref(content[mediaType], entryPointer);
    const entry = requireObject(resolved.node ?? {}, resolved.pointer, 'media type');
    const media: MediaType = { location: childLocation(location, mediaType) };
    const schema = schemaOf(context, entry, resolved.pointer);
    if (schema) media.schema = schema;
    const encoding = encodingOf(entry.encoding);
    if (encoding) media.encoding = encoding;
    result[mediaType] = media;
  }
  return result;
}

function encodingOf(value: unknown): MediaType['encoding'] {
  if (!isObject(value)) return undefined;
  const result: NonNullable<MediaType['encoding']> = {};
  for (const [name, raw] of Object.entries(value)) {
    if (!isObject(raw)) continue;
    const entry: { contentType?: string; style?: string; explode?: boolean } = {};
    if (typeof raw.contentType === 'string') entry.contentType = raw.contentType;
    if (typeof raw.style === 'string') entry.style = raw.style;
    if (typeof raw.explode === 'boolean') entry.explode = raw.explode;
    result[name] = entry;
  }
  return result;
}

/** The first (OpenAPI allows exactly one) media type of a parameter's or header's `content`. */
export function singleContent(
  context: NormaliseContext,
  owner: JsonObject,
  ownerPointer: string,
  location: string,
): { contentType: string; media: MediaType } | undefined {
  const contentLocation = childLocation(location, 'content');
  const media = contentMap(context, owner.content, childPointer(ownerPointer, 'content'), contentLocation);
  const contentType = Object.keys(media)[0];
  const first = contentType === undefined ? undefined : media[contentType];
  return contentType === undefined || first === undefined ? undefined : { contentType, media: first };
}
