export { createPoolEngine, type PoolEngine } from './pool-engine.js';
export { defaultEngineSettings, type EngineSettings } from './engine-settings.js';
export { EngineCrashError, EngineTimeoutError } from './task-errors.js';
export { SpecCache } from './spec-cache.js';
export { compareTask, runTask } from './tasks.js';
