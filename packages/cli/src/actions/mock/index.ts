/** `signet mock`: a validating stub server answering from a provider spec or replaying a Pact. */
export { runMock, type MockRunOptions, type MockRunSummary, type MockSource } from './run-mock.js';
export { PROVIDER_STATE_HEADER } from './contract/contract-responder.js';
