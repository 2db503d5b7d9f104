import type { SpecFormat } from '@signet/core';
import type { SpecKind } from '../store/records.js';

export type { SpecKind };

export const specKinds: readonly SpecKind[] = ['openapi', 'asyncapi'];

/** The kind of a loaded spec, from the format the loader recognised. */
export function kindOfFormat(format: SpecFormat): SpecKind {
  return format.startsWith('asyncapi') ? 'asyncapi' : 'openapi';
}
