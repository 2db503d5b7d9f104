import { tagMapping } from '../quick/quick-discriminator.js';
import type { KeywordCall } from './keyword-call.js';
import { unsupported } from './unsupported.js';

/** Ajv's `discriminator` option: the tag picks the one `oneOf` branch to validate. */
export function discriminatorKeyword({ run, schema, data, path, at, depth, fail }: KeywordCall): void {
  const mapping = tagMapping(run.root, schema);
  if (mapping === undefined) throw unsupported;
  const { tagName, branches } = mapping;
  const record = data as Record<string, unknown>;
  const tag = record[tagName];
  if (typeof tag !== 'string') return fail(`tag "${tagName}" must be string`, { tag, tagName });
  if (!Object.hasOwn(branches, tag))
    return fail(`value of tag "${tagName}" must be in oneOf`, { tag, tagName });
  const index = branches[tag] as number;
  run.validate((schema.oneOf as unknown[])[index], data, path, `${at}/oneOf/${index}`, depth + 1);
}
