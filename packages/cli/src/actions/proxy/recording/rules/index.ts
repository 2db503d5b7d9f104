/**
 * Matching rules for what a recording sees: volatile values (ids, dates, tokens) in JSON bodies, forms,
 * query strings and paths become rules rather than literal examples; secrets become placeholders.
 */
export { jsonRules } from './json-rules.js';
export { formRules } from './form-rules.js';
export { recordQuery, type QueryRecording } from './query-recording.js';
export { pathTemplate, type PathTemplate } from './path-template.js';
export { volatileKind } from './volatile-values.js';
export { isSecretHeader, redactHeader } from './redact.js';
