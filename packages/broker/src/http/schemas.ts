import { z } from 'zod';
import { maxPageSize } from '../store/index.js';
import { isStorableText } from './storable-text.js';

/** Longest name or version number, in UTF-16 code units (what JavaScript's `length` counts). */
export const maxNameLength = 200;

/**
 * Characters no name may hold: whitespace and separators, control and format characters (invisible, or
 * reordering text), lone surrogates and backslashes. A slash is refused separately where it is.
 */
const refusedInNames = /[\s\p{Z}\p{Cc}\p{Cf}\p{Cs}\\]/u;

/** `.` and `..` are dot segments: URL parsers remove them, so no path could address such a name. */
const dotSegment = /^\.{1,2}$/;

function nameRule(what: string, slashes: boolean) {
  return z
    .string()
    .min(1)
    .max(maxNameLength)
    .refine(isStorableText, 'must not contain NUL or unpaired surrogates')
    .refine((text) => !refusedInNames.test(text), 'must not contain whitespace or control characters')
    .refine((text) => slashes || !text.includes('/'), `${what} must not contain slashes`)
    .refine((text) => !dotSegment.test(text), 'must not be "." or ".."');
}

/**
 * Names of services (pacticipants) and environments, wherever they enter: bodies, paths, queries, the
 * consumer and provider a contract names. Every name this accepts is addressable by its URL-encoded path
 * (`encodeURIComponent`); the router's parameter limit is sized for the longest such encoding.
 */
export const name = nameRule('a name', false);

/**
 * Branch and tag names: the {@link name} rule, except that `/` is allowed (`feat/x`, as git names them); in a
 * path they are addressed URL-encoded (`feat%2Fx`).
 */
export const refName = nameRule('a branch or tag name', true);

/** A version number (e.g. a git SHA or semver); `/` is allowed (addressed as `%2F` in paths). */
export const versionNumber = refName;

/** A row id in a path: the database's ids are 32-bit, so larger numbers are refused rather than looked up. */
export const rowId = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);

/** `?limit=&cursor=` on every list. */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(maxPageSize).optional(),
  cursor: z.string().min(1).max(500).optional(),
});

/** A spec or contract in a request body: text, or (for JSON documents) the parsed object. */
export const documentContent = z.union([z.string().min(1), z.record(z.string(), z.unknown())]);

/** Documents sent as objects are stored as their JSON text. */
export function documentText(content: z.infer<typeof documentContent>): string {
  return typeof content === 'string' ? content : JSON.stringify(content);
}
