/**
 * HTTP/1.1 over raw sockets: each client connection relayed byte for byte to its own target connection,
 * messages framed on the side (heads, Content-Length, chunked) so each request and its answer become an
 * {@link Exchange}.
 */
export { ProxyConnection, type ConnectionContext } from './proxy-connection.js';
export { DEFAULT_CAPTURE_LIMIT, type CapturedBody } from './body-capture.js';
export type { Exchange, UpstreamFailure } from './exchange.js';
export { connectionTokens, isHopByHop } from './hop-by-hop.js';
export { INTERACTION_HEADER, PROVIDER_STATE_HEADER, type ProxyDirectives } from './proxy-directives.js';
