import type { ReasonEffect } from '@signet/core';
import type { MatrixRow, MatrixStatus } from '../../store/index.js';
import type { PactMatrixRow } from './decision-to-matrix.js';

/** What a matrix row's status does to the answer, as core's effects. */
export const statusEffects: Record<MatrixStatus, ReasonEffect> = {
  compatible: 'ok',
  incompatible: 'blocks',
  unknown: 'unknown',
};

/** A row in Pact's shape: an unknown status has no verification result. */
export function toPactRow(row: MatrixRow): PactMatrixRow {
  return pactRow(
    { name: row.consumer, version: row.consumerVersion },
    { name: row.provider, version: row.providerVersion },
    row.status,
  );
}

export function pactRow(
  consumer: { name: string; version: string },
  provider: { name: string; version: string | null },
  status: MatrixStatus,
): PactMatrixRow {
  return {
    consumer: { name: consumer.name, version: { number: consumer.version } },
    provider: { name: provider.name, version: { number: provider.version ?? '' } },
    pact: { createdAt: null },
    verificationResult: status === 'unknown' ? null : { success: status === 'compatible', verifiedAt: null },
  };
}
