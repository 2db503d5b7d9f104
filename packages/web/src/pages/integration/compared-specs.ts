import type { Finding, MatrixRow, SignetClient, Spec, SpecOperations } from '@signet/client';
import { latestSpecsOperations } from './latest-specs.js';

type SpecKind = Spec['kind'];

/** The specs a comparison was made with, and the kinds of the version's specs it left out. */
export interface ComparedSpecs {
  specs: SpecOperations[];
  /** A version's spec the comparison did not use (its AsyncAPI spec while only the OpenAPI one is verified). */
  leftOut: SpecKind[];
}

/**
 * The operations of the spec(s) a matrix row was compared with: one spec, or both halves of a version's spec set
 * (its key is the row's `specSha`). What cannot be read is left out: the findings then show their own values.
 */
export async function comparedSpecs(client: SignetClient, row: MatrixRow): Promise<ComparedSpecs> {
  const { name: provider, version } = row.provider;
  if (version === null) {
    const latest = await latestSpecsOperations(client, provider).catch(() => []);
    return { specs: latest.filter((spec) => spec.contentSha === row.specSha), leftOut: [] };
  }
  const { items } = await client.specs.list(provider, { version }).catch(() => ({ items: [] }));
  const used = items.filter((spec) => spec.contentSha === row.specSha || spec.setSha === row.specSha);
  const specs = await Promise.all(
    used.map((spec) => client.specs.operationsOfVersion(provider, version, spec.kind).catch(() => undefined)),
  );
  return {
    specs: specs.filter((spec) => spec !== undefined),
    leftOut: used.length === 0 ? [] : items.filter((spec) => !used.includes(spec)).map((spec) => spec.kind),
  };
}

/** The spec a finding came from: the AsyncAPI one for a message finding, the OpenAPI one for any other. */
export function specOfFinding(finding: Finding, specs: SpecOperations[]): SpecOperations | undefined {
  const kind: SpecKind = finding.code.startsWith('message.') ? 'asyncapi' : 'openapi';
  return specs.find((spec) => spec.kind === kind);
}
