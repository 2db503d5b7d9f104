import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { CliError } from '../exit-codes.js';

/** The file name looked for in the working directory. */
export const rcFileName = '.signetrc.yaml';

const text = z.string().min(1);

/** What `.signetrc.yaml` may hold; any other key is an error, so a typo never goes unnoticed. */
export const rcSchema = z.strictObject({
  brokerUrl: z.url({ protocol: /^https?$/ }).optional(),
  token: text.optional(),
  service: text.optional(),
  provider: text.optional(),
  version: text.optional(),
  branch: text.optional(),
  environment: text.optional(),
  tags: z.array(text).optional(),
});

export type RcConfig = z.infer<typeof rcSchema>;

/**
 * Reads `.signetrc.yaml` from the directory `dir` (none there: empty config). Bad YAML or a bad key is a usage
 * error naming the file (as `label`, e.g. its path from the working directory) and the key.
 */
export async function readRcFile(dir: string, label = rcFileName): Promise<RcConfig> {
  const file = path.join(dir, rcFileName);
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
  let document: unknown;
  try {
    document = parse(source, { maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new CliError(`${label} is not valid YAML: ${(error as Error).message}`);
  }
  const result = rcSchema.safeParse(document);
  if (!result.success) throw new CliError(`${label}: ${describeIssue(result.error.issues[0])}`);
  return result.data;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (issue === undefined) return 'invalid';
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(rcSchema.shape).join(', ');
    return `unknown key '${issue.keys.join("', '")}' (known keys: ${known})`;
  }
  if (issue.path.length === 0) return 'must be a mapping of keys to values';
  return `'${issue.path.join('.')}': ${issue.message}`;
}
