/**
 * `@signet/broker/testing` — the broker's test harness for other packages' tests (client, CLI, e2e): in-process
 * and real-process brokers, the fluent data builder, documents, test databases, webhook receivers. Resolved only
 * under the `@signet/source` condition (vitest, tsc): it is never built into `dist` nor published.
 */
// The values the broker's vitest global setup provides (`inject('pgliteTemplate')`), typed for every user.
import './provided-context.js';

export { startTestBroker, type TestBroker } from './test-broker.js';
export { given, type Builder } from './builder.js';
export { openApiSpec, pactContract } from './documents.js';
export { heavyContract, heavySpec } from './heavy-comparison.js';
export { startBrokerProcess, type BrokerProcess } from './broker-process.js';
export { postgresForTests } from './test-database.js';
export { describeOnPostgres } from './postgres-suite.js';
export { testEngine } from './test-engine.js';
export { hashToken } from '../auth/tokens.js';
export { pactBinary, runPact } from '../pact-api/testing/pact-cli.js';
export { defaultLimits } from '../deps.js';
export { post } from '../webhooks/testing/process-helpers.js';
export { startReceiver, type ReceiverProcess } from '../webhooks/testing/receiver-process.js';
export { startWebhookTestBroker, type WebhookTestBroker } from '../webhooks/testing/webhook-test-broker.js';
