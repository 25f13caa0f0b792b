import { sql, type Kysely } from 'kysely';

/**
 * The large jsonb values rewritten on the answer path (the interview's state,
 * about 10 KB, on every answer; the report, about 30 KB, once) are compressed
 * with lz4 instead of the default pglz where the server has lz4: statement
 * time on the answer path fell by a fifth, the report insert from 1.4 to
 * 0.6 ms (bench/RESULTS.md). Values already stored keep their compression
 * until rewritten. PGlite is built without lz4 and keeps pglz.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`do $$
    begin
      if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any (enumvals)) then
        ${COLUMNS.map(([table, column]) => `alter table ${table} alter column ${column} set compression lz4;`).join('\n        ')}
      end if;
    end $$`).execute(db);
}

/** The answer path's large values: written on every answer or at every completion. */
const COLUMNS = [
  ['interviews', 'state'],
  ['interviews', 'plan'],
  ['turns', 'score'],
  ['reports', 'data'],
  ['idempotency_keys', 'response_body'],
] as const;
