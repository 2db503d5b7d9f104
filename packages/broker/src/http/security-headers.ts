import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The web UI's built files are all same-origin scripts and stylesheets (no inline script or style, no eval; the
 * favicon is a `data:` URL), so the policy allows exactly that; API answers are never framed or sniffed either.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries, API and UI alike. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

/** `onRequest` hook, first of all: every answer, errors and UI pages included, carries {@link securityHeaders}. */
export function addSecurityHeaders(_request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  void reply.headers(securityHeaders);
  done();
}
