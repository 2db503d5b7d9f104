import { PageTitle } from '../../components/page-title.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { ComparisonFindings } from './comparison-findings.js';
import { ContractDiff } from './contract-diff.js';
import { ContractInteractions } from './contract-interactions.js';
import { IntegrationGate } from './integration-gate.js';
import { IntegrationLens } from './integration-lens.js';
import { IntegrationMatrix } from './integration-matrix.js';
import { SpecOperationsView } from './spec-operations-view.js';
import { useSelectedPair } from './use-selected-pair.js';

/**
 * One integration: the matrix of consumer versions × provider versions (filter by branch, environment, status),
 * the findings of the selected pair's comparison grouped by operation, that consumer version's contract
 * interactions and that provider version's spec operations and schemas, and a diff of two contract versions.
 */
export function IntegrationPage({ consumer, provider }: { consumer: string; provider: string }) {
  return (
    <IntegrationGate consumer={consumer} provider={provider}>
      <IntegrationView consumer={consumer} provider={provider} />
    </IntegrationGate>
  );
}

function IntegrationView({ consumer, provider }: { consumer: string; provider: string }) {
  const { selected, choice, rows, setRows } = useSelectedPair();
  return (
    <>
      <PageTitle title={`${consumer} → ${provider}`}>
        <Link href={hrefs.service(consumer)}>{consumer}</Link> →{' '}
        <Link href={hrefs.service(provider)}>{provider}</Link>
      </PageTitle>
      <IntegrationLens consumer={consumer} provider={provider} />
      <IntegrationMatrix consumer={consumer} provider={provider} selected={selected} onRows={setRows} />
      <ComparisonFindings row={selected} missing={choice?.kind === 'missing' ? choice : undefined} />
      {rows !== undefined && choice?.kind !== 'missing' && (
        <>
          <ContractInteractions consumer={consumer} provider={provider} row={selected ?? rows[0]} />
          <SpecOperationsView provider={provider} row={selected} />
        </>
      )}
      <ContractDiff consumer={consumer} provider={provider} />
    </>
  );
}
