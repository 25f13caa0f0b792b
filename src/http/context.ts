import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';
import type { QuestionCatalog } from '../questions/catalog.ts';

/** What every route plugin receives: the adapters it may use. */
export interface AppContext {
  readonly db: Kysely<Database>;
  readonly backend: 'pglite' | 'postgres';
  readonly catalog: QuestionCatalog;
  /** Where links in emails point, e.g. http://127.0.0.1:3000. */
  readonly publicUrl: string;
}
