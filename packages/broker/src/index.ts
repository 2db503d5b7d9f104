/** @signet/broker — the broker's HTTP application, store and runner. */
export { buildApp, type AppOptions } from './app.js';
export { startBroker, type RunningBroker, type StartOptions } from './start-broker.js';
export { runBroker, type BrokerProcess } from './run-broker.js';
export { parseBrokerConfig, ConfigError, type BrokerConfig } from './config/broker-config.js';
export { coreEngine } from './core-engine.js';
export type { Engine } from './engine.js';
export type { BrokerDeps, BrokerLimits } from './deps.js';
export { openDatabase, createStore, type Store, type DatabaseLocation } from './store/index.js';
export { declaredRoutes, type DeclaredRoute, type Access } from './auth/route-access.js';
