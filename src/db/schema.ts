import type { Kysely, Transaction } from 'kysely';
import type { FoundationTables } from './tables/foundation.ts';
import type { InterviewTables } from './tables/interviews.ts';
import type { CandidateTrustTables } from './tables/candidate-trust.ts';

/** Every table, for Kysely's types. Each migration's tables are declared in src/db/tables/. */
export interface Database extends FoundationTables, InterviewTables, CandidateTrustTables {}

/** A repository function runs on the database or inside a caller's transaction. */
export type Db = Kysely<Database> | Transaction<Database>;
