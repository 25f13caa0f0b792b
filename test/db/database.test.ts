import { sql } from 'kysely';
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationProvider } from '../../src/db/migrations/index.ts';
import type { OpenDatabase } from '../../src/db/index.ts';
import { DIALECTS, freshDatabase } from '../support/dialects.ts';

describe.each(DIALECTS)('the data layer on %s', (dialect) => {
  let d: OpenDatabase;
  beforeAll(async () => {
    d = await freshDatabase(dialect);
    await d.db.insertInto('orgs').values({ id: 'org_t', name: 'T' }).execute();
  });
  afterAll(() => d.close());

  it('has run every migration, and running them again changes nothing', async () => {
    const migrator = new Migrator({ db: d.db, provider: migrationProvider });
    const before = await migrator.getMigrations();
    expect(before.every((m) => m.executedAt !== undefined)).toBe(true);
    const { error, results } = await migrator.migrateToLatest();
    expect(error).toBeUndefined();
    expect(results).toEqual([]);
  });

  it('compresses the answer path\'s large values with lz4 where the server has it, and keeps the default elsewhere (PGlite)', async () => {
    const { rows: [setting] } = await sql<{ lz4: boolean }>`
      select coalesce(bool_or('lz4' = any (enumvals)), false) as lz4 from pg_settings where name = 'default_toast_compression'`.execute(d.db);
    // Debian's PostgreSQL 15 (this suite's server) is built with lz4; PGlite is not.
    expect(setting!.lz4).toBe(dialect === 'postgres');
    const { rows } = await sql<{ table: string; column: string; method: string }>`
      select c.relname as table, a.attname as column, a.attcompression::text as method
      from pg_attribute a join pg_class c on c.oid = a.attrelid
      where c.relnamespace = 'public'::regnamespace and a.attnum > 0 and not a.attisdropped and a.atttypid = 'jsonb'::regtype`.execute(d.db);
    const lz4 = rows.filter((r) => r.method === 'l').map((r) => `${r.table}.${r.column}`).sort();
    const answerPath = ['idempotency_keys.response_body', 'interviews.plan', 'interviews.state', 'reports.data', 'turns.score'];
    expect(lz4).toEqual(setting!.lz4 ? answerPath : []);
  });

  it('rolls a failed transaction back completely', async () => {
    await expect(
      d.db.transaction().execute(async (tx) => {
        await tx.insertInto('orgs').values({ id: 'org_rollback', name: 'R' }).execute();
        await tx.insertInto('orgs').values({ id: 'org_rollback', name: 'duplicate' }).execute();
      }),
    ).rejects.toThrow();
    const row = await d.db.selectFrom('orgs').select('id').where('id', '=', 'org_rollback').executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('loses no update when 20 writers compare-and-swap one row at once', async () => {
    await sql`create table if not exists counter_test (id int primary key, value int not null, version int not null)`.execute(d.db);
    await sql`insert into counter_test values (1, 0, 0)`.execute(d.db);
    const increment = async () => {
      for (;;) {
        const { rows } = await sql<{ value: number; version: number }>`select value, version from counter_test where id = 1`.execute(d.db);
        const { value, version } = rows[0]!;
        const res = await sql`update counter_test set value = ${value + 1}, version = ${version + 1} where id = 1 and version = ${version}`.execute(d.db);
        if (Number(res.numAffectedRows) === 1) return;
      }
    };
    await Promise.all(Array.from({ length: 20 }, increment));
    const { rows } = await sql<{ value: number }>`select value from counter_test where id = 1`.execute(d.db);
    expect(rows[0]!.value).toBe(20);
  });

  it('keeps transactions apart: a transaction sees its own writes, others see them after commit', async () => {
    let seenInside = 0;
    await d.db.transaction().execute(async (tx) => {
      await tx.insertInto('orgs').values({ id: 'org_iso', name: 'I' }).execute();
      seenInside = (await tx.selectFrom('orgs').select('id').where('id', '=', 'org_iso').execute()).length;
    });
    expect(seenInside).toBe(1);
    expect(await d.db.selectFrom('orgs').select('id').where('id', '=', 'org_iso').execute()).toHaveLength(1);
  });
});
