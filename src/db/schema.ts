import type { FoundationTables } from './tables/foundation.ts';

/** Every table, for Kysely's types. Each migration's tables are declared in src/db/tables/. */
export interface Database extends FoundationTables {}
