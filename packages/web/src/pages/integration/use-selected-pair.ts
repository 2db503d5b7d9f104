import type { MatrixRow } from '@signet/client';
import { useState } from 'react';
import { useRouter } from '../../router/use-router.js';

/**
 * The matrix cell whose comparison is shown: `?contractSha=&specSha=` when chosen (shareable), else the newest
 * row that has a spec.
 */
export function useSelectedPair(): {
  selected: MatrixRow | undefined;
  /** The matrix's rows once loaded (undefined before). */
  rows: MatrixRow[] | undefined;
  setRows: (rows: MatrixRow[]) => void;
} {
  const { location } = useRouter();
  const [rows, setRows] = useState<MatrixRow[]>();
  const contractSha = location.search.get('contractSha');
  const specSha = location.search.get('specSha');
  const chosen = rows?.find((row) => row.contractSha === contractSha && row.specSha === specSha);
  return { selected: chosen ?? rows?.find((row) => row.specSha !== null), rows, setRows };
}
