/** The recording reverse proxy behind `signet proxy`. */
export { runProxy, type ProxyRunOptions, type ProxyRunSummary } from './run-proxy.js';
export { startProxyServer, type ProxyServerOptions, type RunningProxy } from './proxy-server.js';
export { Recorder, DEFAULT_MAX_INTERACTIONS } from './recorder.js';
export { pactDocument, pactFileName, writePactFile, type WritablePactVersion } from './pact-document.js';
export { DEFAULT_CAPTURE_LIMIT } from './body-capture.js';
export type { Exchange } from './exchange.js';
export type { RecordedInteraction } from './recorded-model.js';
