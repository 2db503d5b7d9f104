import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** A database handle or an open transaction: store modules work the same on either. */
export type Db = Kysely<Database>;
