import type { BrokerDeps } from '../../deps.js';
import { deployGuard } from '../../deploy-guard/deploy-guard.js';
import { PactValidationError } from '../errors/pact-validation-error.js';
import { decisionToMatrix } from './decision-to-matrix.js';
import type { IgnoreSelector, MatrixSelector } from './matrix-query.js';
import { resolveVersion } from './resolve-version.js';

/**
 * The matrix for deploying the selected version to an environment: the deploy guard's decision in Pact's
 * shape. An environment that does not exist is a 400 in the Pact Broker's `{errors}` shape, as it answers
 * (the CLI then prints the message; a 404 would read as "/matrix not found"). `ignore` marks rows that
 * do not block.
 */
export async function environmentMatrix(
  deps: BrokerDeps,
  selector: MatrixSelector,
  environment: string,
  ignore: IgnoreSelector[] = [],
) {
  if ((await deps.store.environments.find(environment)) === undefined)
    throw new PactValidationError({ environment: [`Environment with name '${environment}' does not exist`] });
  const version = (await resolveVersion(deps.store, selector)) ?? selector.version ?? '(none)';
  const decision = await deployGuard(deps, { service: selector.pacticipant, version, environment });
  return decisionToMatrix(decision, ignore);
}
