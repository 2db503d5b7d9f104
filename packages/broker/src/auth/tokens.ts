import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '../store/index.js';

/** A new API token: 256 random bits, prefixed so leaked tokens are easy to recognise (and scan for). */
export function generateToken(): string {
  return `sgt_${randomBytes(32).toString('base64url')}`;
}

/**
 * What is stored of a token. Tokens are random and long, so a fast hash is enough: there is nothing to
 * brute-force that would be cheaper than guessing the token itself.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Constant-time comparison of two token hashes. */
export function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

const rank: Record<Role, number> = { read: 1, write: 2, admin: 3 };

/** Roles nest: admin may do what write may, write what read may. */
export function allows(held: Role, needed: Role): boolean {
  return rank[held] >= rank[needed];
}
