import type { Contract } from '@signet/core';
import type { BrokerDeps } from '../deps.js';
import { EngineCrashError, EngineTimeoutError } from '../engine-pool/index.js';
import { InvalidDocumentError, TooLargeError } from '../errors/broker-error.js';
import { TooCostlyError } from '../errors/too-costly-error.js';
import type { SpecKind } from '../store/records.js';

/** A located loader error (core's `SpecError`/`ContractError`), recognised by shape so any core build works. */
function isLocatedError(error: unknown): error is Error & { code: string; location: string } {
  return (
    error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && 'location' in error
  );
}

function checkSize(deps: BrokerDeps, kind: 'spec' | 'contract', text: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > deps.limits.maxDocumentBytes) {
    throw new TooLargeError(
      `${kind}.too-large`,
      `the ${kind} is ${bytes} bytes; the limit is ${deps.limits.maxDocumentBytes} bytes`,
    );
  }
}

function asInvalid(error: unknown): never {
  if (isLocatedError(error) && error.code.endsWith('.too-large'))
    throw new TooLargeError(error.code, error.message);
  if (isLocatedError(error)) throw new InvalidDocumentError(error.code, error.message, error.location);
  throw error;
}

/**
 * Loads a spec a client sent, to validate it: 413 when too large, 422 with the loader's message when invalid,
 * and 422 when loading it ran past the engine's time limit or its worker died (too costly to accept).
 */
export async function readSpec(deps: BrokerDeps, text: string): Promise<SpecKind> {
  checkSize(deps, 'spec', text);
  try {
    return await deps.engine.checkSpec(text, { maxBytes: deps.limits.maxDocumentBytes });
  } catch (error) {
    if (error instanceof EngineTimeoutError)
      throw new TooCostlyError('spec.load-timeout', `loading the spec failed: ${error.message}`);
    if (error instanceof EngineCrashError)
      throw new TooCostlyError('spec.load-failed', `loading the spec failed: ${error.message}`);
    return asInvalid(error);
  }
}

/** Parses a contract a client sent: 413 when too large, 422 with the parser's message when invalid. */
export function readContract(deps: BrokerDeps, text: string): Contract {
  checkSize(deps, 'contract', text);
  try {
    return deps.engine.parseContract(text, { maxBytes: deps.limits.maxDocumentBytes });
  } catch (error) {
    return asInvalid(error);
  }
}
