import path from 'node:path';
import { loadSpec, SpecError } from '@signet/core';
import type { Operation, ProviderSpec } from '@signet/core';
import { CliError } from '../../exit-codes.js';
import { operationLabel } from './request-model.js';
import { didYouMean } from '../../output/nearest-name.js';

/** Loads the spec to verify against; an unreadable or invalid spec is a usage error (exit 2) with the loader's message. */
export async function loadSpecFile(file: string): Promise<ProviderSpec> {
  return loadOrExplain(file, () => loadSpec({ path: path.resolve(file) }));
}

/** Loads a spec from its text (e.g. fetched from the broker), named `label` in errors. */
export async function loadSpecText(text: string, label: string): Promise<ProviderSpec> {
  return loadOrExplain(label, () => loadSpec(text));
}

async function loadOrExplain(file: string, load: () => Promise<ProviderSpec>): Promise<ProviderSpec> {
  let spec: ProviderSpec;
  try {
    spec = await load();
  } catch (error) {
    if (error instanceof SpecError) {
      const where = error.location && error.location !== '/' ? ` at ${error.location}` : '';
      throw new CliError(`invalid spec ${file}${where}: ${error.message} [${error.code}]`);
    }
    throw new CliError(`cannot load spec ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // signet test, mock and proxy speak HTTP: an AsyncAPI spec has no operations to send or serve, and verifying
  // none must not pass.
  if (spec.messaging !== undefined)
    throw new CliError(
      `spec ${file} is an AsyncAPI document: this command needs an OpenAPI 3.x or Swagger 2.0 spec (check message contracts against AsyncAPI with signet compare --spec)`,
    );
  return spec;
}

/**
 * The operations `--operation` selects, by operationId or `METHOD /path` (method in any case); all when none is
 * given. A selector matching nothing is a usage error.
 */
export function selectOperations(spec: ProviderSpec, selectors: string[]): Operation[] {
  if (selectors.length === 0) return spec.operations;
  const chosen = new Set<Operation>();
  for (const selector of selectors) {
    const [method = '', ...rest] = selector.trim().split(/\s+/);
    const byLabel = `${method.toUpperCase()} ${rest.join(' ')}`;
    const matches = spec.operations.filter(
      (op) => op.operationId === selector || operationLabel(op) === byLabel,
    );
    if (matches.length === 0) {
      const names = spec.operations.flatMap((op) => [
        ...(op.operationId ? [op.operationId] : []),
        operationLabel(op),
      ]);
      throw new CliError(
        `--operation '${selector}' matches no operation of the spec${didYouMean(selector, names)}`,
      );
    }
    for (const match of matches) chosen.add(match);
  }
  return spec.operations.filter((op) => chosen.has(op));
}
