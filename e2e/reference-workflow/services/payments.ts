import { randomUUID } from 'node:crypto';
import { startService, type RunningService } from './http-service.js';

/** payments_service: accepts every payment. */
export function startPayments(): Promise<RunningService> {
  return startService('payments_service', [
    ['POST', /^\/api\/payments$/, () => ({ status: 201, body: { id: randomUUID(), status: 'accepted' } })],
  ]);
}
