import { quote } from './field-syntax.js';
import { HttpSyntaxError } from './http-syntax-error.js';
import { isDirective } from './proxy-directives.js';
import type { MessageHead } from './message-head.js';
import type { Framing } from './message-reader.js';

/** Where requests go: the target's origin, and the path prefix its URL may carry (`http://host/base`). */
export interface ForwardTarget {
  /** `host[:port]` for the Host header. */
  host: string;
  /** `/base` or `''`. */
  prefix: string;
}

/** Headers meant for the proxy itself, never passed on (besides the `X-Signet-*` directives). */
const FOR_THE_PROXY = new Set(['proxy-authorization', 'proxy-connection']);

/**
 * The request target as the origin server should see it: absolute-form (`http://proxy/pets`) becomes
 * origin-form (`/pets`), as a reverse proxy addresses its own target.
 */
export function originForm(requestTarget: string): string {
  if (!/^https?:\/\//i.test(requestTarget)) return requestTarget;
  if (!URL.canParse(requestTarget))
    throw new HttpSyntaxError(`malformed request target ${quote(requestTarget)}`);
  const url = new URL(requestTarget);
  return url.pathname + url.search;
}

/**
 * The request head to send to the target: the same method, request target (with the target's path prefix),
 * version and headers in their order, except `Host` naming the target, headers addressed to the proxy
 * (`Proxy-Authorization`, `Proxy-Connection`, the `X-Signet-*` directives), and
 * one `Content-Length` with the length the proxy framed by (a client may repeat it: `5, 5`).
 * Framing headers stay: the body goes through byte for byte, on a connection of its own.
 */
export function forwardHead(head: MessageHead, url: string, target: ForwardTarget, framing: Framing): Buffer {
  const [method, , version] = head.startLine;
  let text = `${method} ${target.prefix}${url} ${version}\r\n`;
  const raw = head.rawHeaders;
  let hostSent = false;
  let lengthSent = false;
  for (let i = 0; i < raw.length; i += 2) {
    const lower = raw[i]!.toLowerCase();
    if (lower === 'host') {
      if (!hostSent) text += `${raw[i]}: ${target.host}\r\n`;
      hostSent = true;
    } else if (lower === 'content-length' && framing.kind === 'length') {
      if (!lengthSent) text += `${raw[i]}: ${framing.length}\r\n`;
      lengthSent = true;
    } else if (!FOR_THE_PROXY.has(lower) && !isDirective(lower)) {
      text += `${raw[i]}: ${raw[i + 1]}\r\n`;
    }
  }
  if (!hostSent) text += `Host: ${target.host}\r\n`;
  return Buffer.from(`${text}\r\n`, 'latin1');
}
