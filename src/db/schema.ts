import type { Kysely, Transaction } from 'kysely';
import type { FoundationTables } from './tables/foundation.ts';
import type { InterviewTables } from './tables/interviews.ts';
import type { CandidateTrustTables } from './tables/candidate-trust.ts';

/** Every table, for Kysely's types. Each migration's tables are declared in src/db/tables/. */
export interface Database extends FoundationTables, InterviewTables, CandidateTrustTables {}

/** A repository function runs on the database or inside a caller's transaction. */
export type Db = Kysely<Database> | Transaction<Database>;

/**
 * Runs `work` in a transaction: the caller's, when `db` already is one (so
 * a write can commit together with, say, its Idempotency-Key), else a new one.
 */
export function inTransaction<T>(db: Kysely<Database>, work: (tx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<Database>) : db.transaction().execute(work);
}
