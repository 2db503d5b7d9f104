/** From exchanges to distinct recorded interactions: headers, bodies and rules worth writing into a contract. */
export { Recorder, DEFAULT_MAX_INTERACTIONS } from './recorder.js';
export type { RecordedBody, RecordedInteraction, RecordedMatcher, RuleMap } from './recorded-model.js';
