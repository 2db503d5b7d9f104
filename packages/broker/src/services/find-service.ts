import { NotFoundError } from '../errors/broker-error.js';
import type { Service, Store, Version } from '../store/index.js';

/** The named service, or a 404. */
export async function findService(store: Store, name: string): Promise<Service> {
  const service = await store.services.find(name);
  if (service === undefined) throw new NotFoundError('service.not-found', `no service named "${name}"`);
  return service;
}

/** The named version of the named service, or a 404 saying which is missing. */
export async function findVersion(store: Store, service: string, number: string): Promise<Version> {
  await findService(store, service);
  const version = await store.versions.find(service, number);
  if (version === undefined)
    throw new NotFoundError('version.not-found', `${service} has no version "${number}"`);
  return version;
}
