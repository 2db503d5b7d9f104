import type { MockRequest, MockResponse } from './mock-exchange.js';

/** Whether `request` is a CORS preflight: OPTIONS with an Origin and the method it asks about. */
export function isPreflight(request: MockRequest): boolean {
  return (
    request.method === 'OPTIONS' &&
    request.headers['origin'] !== undefined &&
    request.headers['access-control-request-method'] !== undefined
  );
}

/** The preflight answer: whatever the browser asks for is allowed, since the mock stands in for any origin. */
export function preflightResponse(request: MockRequest): MockResponse {
  const asked = request.headers['access-control-request-headers']?.join(', ');
  return {
    status: 204,
    headers: {
      ...corsHeaders(request),
      'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
      ...(asked ? { 'access-control-allow-headers': asked } : {}),
      'access-control-max-age': '600',
    },
    body: '',
  };
}

/** Headers added to every answer with `--cors`: the caller's origin echoed (so credentials work), all headers exposed. */
export function corsHeaders(request: MockRequest): Record<string, string> {
  const origin = request.headers['origin']?.[0];
  return {
    'access-control-allow-origin': origin ?? '*',
    ...(origin ? { 'access-control-allow-credentials': 'true', vary: 'Origin' } : {}),
    'access-control-expose-headers': '*',
  };
}
