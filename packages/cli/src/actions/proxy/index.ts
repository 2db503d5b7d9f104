/** The recording reverse proxy behind `signet proxy`. */
export { runProxy, type ProxyRunOptions, type ProxyRunSummary } from './run-proxy.js';
export { startProxyServer, type ProxyServerOptions, type RunningProxy } from './proxy-server.js';
export { Recorder, DEFAULT_MAX_INTERACTIONS, type RecordedInteraction } from './recording/index.js';
export { pactDocument, pactFileName, writePactFile, type WritablePactVersion } from './pact/index.js';
export {
  DEFAULT_CAPTURE_LIMIT,
  INTERACTION_HEADER,
  PROVIDER_STATE_HEADER,
  type Exchange,
} from './transport/index.js';
