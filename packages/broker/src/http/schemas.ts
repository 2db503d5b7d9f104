import { z } from 'zod';
import { maxPageSize } from '../store/index.js';

/** Names of services, environments, branches and tags: printable, no slashes, bounded. */
export const name = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\s/\\]+$/, 'must not contain whitespace or slashes');

/** A version number (e.g. a git SHA or semver). */
export const versionNumber = z.string().min(1).max(200).regex(/^\S+$/, 'must not contain whitespace');

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
