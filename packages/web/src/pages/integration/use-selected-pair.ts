import type { MatrixRow } from '@signet/client';
import { useState } from 'react';
import { useRouter } from '../../router/use-router.js';
import { selectPair, type PairChoice } from './select-pair.js';

/**
 * The matrix cell whose comparison, contract and spec are shown: the consumer version × provider version named
 * in the query string (shareable), else the newest row that has a spec.
 */
export function useSelectedPair(): {
  selected: MatrixRow | undefined;
  /** How `selected` was picked; undefined until the rows load. */
  choice: PairChoice | undefined;
  /** The matrix's rows once loaded (undefined before). */
  rows: MatrixRow[] | undefined;
  setRows: (rows: MatrixRow[]) => void;
} {
  const { location } = useRouter();
  const [rows, setRows] = useState<MatrixRow[]>();
  const choice = rows === undefined ? undefined : selectPair(rows, location.search);
  const selected = choice === undefined || choice.kind === 'missing' ? undefined : choice.row;
  return { selected, choice, rows, setRows };
}
