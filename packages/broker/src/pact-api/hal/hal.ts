import type { FastifyReply, FastifyRequest } from 'fastify';

/** A HAL link. */
export interface Link {
  href: string;
  title?: string;
  name?: string;
  templated?: boolean;
}

/** Absolute links for one request: clients follow `href`s as given, so they must name this server as called. */
export interface Hal {
  base: string;
  link(path: string, extra?: Omit<Link, 'href'>): Link;
  /** A templated link; `{placeholders}` survive the paths' URL-encoding. */
  template(path: string, title: string): Link;
}

export function halFor(request: FastifyRequest): Hal {
  const forwardedProto = header(request, 'x-forwarded-proto');
  const forwardedHost = header(request, 'x-forwarded-host');
  const base = `${forwardedProto ?? request.protocol}://${forwardedHost ?? request.host}`;
  const link = (path: string, extra: Omit<Link, 'href'> = {}): Link => ({ href: `${base}${path}`, ...extra });
  const template = (path: string, title: string): Link =>
    link(path.replaceAll('%7B', '{').replaceAll('%7D', '}'), { title, templated: true });
  return { base, link, template };
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.split(',')[0]?.trim() || undefined;
}

/** Sends a HAL document (a string is one already rendered as JSON text, sent as it is). */
export function sendHal(reply: FastifyReply, body: object | string, status = 200): FastifyReply {
  return reply.status(status).type('application/hal+json; charset=utf-8').send(body);
}

/** Pact Broker's relation documentation curie. */
export const curies = (hal: Hal): Link[] => [
  { name: 'pb', href: `${hal.base}/doc/{rel}?context=index`, templated: true },
];
