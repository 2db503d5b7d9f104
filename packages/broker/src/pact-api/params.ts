import { z } from 'zod';
import { name, refName, versionNumber } from '../http/schemas.js';

/**
 * The Pact API's path parameters, parsed as `/api/v1`'s are (`parse(schema, request.params, 'path')`), with the
 * same rules the edge applies by name (`http/param-rules.ts`).
 *
 * @example
 * ```ts
 * const { pacticipant, version } = parse(versionParams, request.params, 'path');
 * ```
 */
export const pacticipantParams = z.object({ pacticipant: name });
export const versionParams = pacticipantParams.extend({ version: versionNumber });
export const tagParams = versionParams.extend({ tag: refName });
export const latestTagParams = pacticipantParams.extend({ tag: refName });
export const branchParams = pacticipantParams.extend({ branch: refName });
export const branchVersionParams = branchParams.extend({ version: versionNumber });
export const putPactParams = z.object({ provider: name, consumer: name, version: versionNumber });

/** Environments are addressed by uuid (or name); deployed versions and results by id: read exactly. */
export const uuidParams = z.object({ uuid: z.string() });
export const idParams = z.object({ id: z.string() });
