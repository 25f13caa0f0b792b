import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { prepareStatements } from '../../src/db/prepared-statements.ts';
import { DIALECTS, freshPostgresUrl } from '../support/dialects.ts';

// PostgreSQL only: PGlite runs in this process, with no connection to prepare statements on.
describe.runIf(DIALECTS.includes('postgres'))('statements prepared per PostgreSQL connection', () => {
  let database: { url: string; drop: () => Promise<void> };
  let pool: pg.Pool;
  let other: pg.Client; // another instance's connection, for schema changes under the pool
  beforeAll(async () => {
    database = await freshPostgresUrl();
    other = new pg.Client({ connectionString: database.url });
    await other.connect();
  });
  afterAll(async () => {
    await other.end();
    await database.drop();
  });
  const openPool = (limit?: number) => {
    // One connection, so every call below meets the statements the calls before it prepared.
    pool = new pg.Pool({ connectionString: database.url, max: 1 });
    prepareStatements(pool, limit);
    return pool;
  };
  afterEach(() => pool.end());

  const preparedOnConnection = async (client: pg.PoolClient) =>
    (await client.query('select statement from pg_prepared_statements')).rows.map((r: { statement: string }) => r.statement).sort();

  it('prepares each parameterised statement once and answers as an unnamed one would', async () => {
    const client = await openPool().connect();
    try {
      for (let i = 0; i < 3; i++) expect((await client.query('select $1::int + 1 as n', [i])).rows).toEqual([{ n: i + 1 }]);
      expect((await client.query('select $1::text as s', ['x'])).rows).toEqual([{ s: 'x' }]);
      // Without parameters a statement stays unnamed (begin, commit: nothing to plan).
      expect(await preparedOnConnection(client)).toEqual(['select $1::int + 1 as n', 'select $1::text as s']);
    } finally {
      client.release();
    }
  });

  it('names no more than its limit of distinct texts; the rest run unnamed', async () => {
    const client = await openPool(2).connect();
    try {
      for (const n of [1, 2, 3, 4]) expect((await client.query(`select $1::int * ${n} as n`, [2])).rows).toEqual([{ n: 2 * n }]);
      expect(await preparedOnConnection(client)).toEqual(['select $1::int * 1 as n', 'select $1::int * 2 as n']);
    } finally {
      client.release();
    }
  });

  it('keeps a statement usable after a call whose values could not be sent', async () => {
    const client = await openPool().connect();
    try {
      // pg fails to serialise the value after it sent Parse: the server closes the statement again.
      await expect(client.query('select $1::jsonb as v', [{ n: 1n }])).rejects.toThrow(/BigInt/);
      expect((await client.query('select $1::jsonb as v', [{ n: 1 }])).rows).toEqual([{ v: { n: 1 } }]);
      expect((await client.query('select $1::jsonb as v', [{ n: 2 }])).rows).toEqual([{ v: { n: 2 } }]);
    } finally {
      client.release();
    }
  });

  it('keeps working after a statement fails, in or out of a transaction', async () => {
    const client = await openPool().connect();
    try {
      await expect(client.query('select 1 / $1::int as n', [0])).rejects.toThrow(/division by zero/);
      expect((await client.query('select 1 / $1::int as n', [1])).rows).toEqual([{ n: 1 }]);
      await client.query('begin');
      await expect(client.query('select 1 / $1::int as n', [0])).rejects.toThrow(/division by zero/);
      await client.query('rollback');
      expect((await client.query('select 1 / $1::int as n', [1])).rows).toEqual([{ n: 1 }]);
    } finally {
      client.release();
    }
  });

  /** Prepares `select * from <table>` on the client, then widens the table from the other connection. */
  const preparedThenWidened = async (client: pg.PoolClient, table: string) => {
    await other.query(`create table ${table} (id int primary key)`);
    await other.query(`insert into ${table} values (1)`);
    const select = `select * from ${table} where id = $1`;
    expect((await client.query(select, [1])).rows).toEqual([{ id: 1 }]);
    await other.query(`alter table ${table} add column label text default 'one'`);
    return select;
  };

  it('prepares again a statement whose result a schema change altered: retried at once outside a transaction', async () => {
    const client = await openPool().connect();
    try {
      const select = await preparedThenWidened(client, 'widen_me');
      expect((await client.query(select, [1])).rows).toEqual([{ id: 1, label: 'one' }]);
    } finally {
      client.release();
    }
  });

  it('inside a transaction, fails that one call (the transaction is void) and prepares afresh for the next', async () => {
    const client = await openPool().connect();
    try {
      const select = await preparedThenWidened(client, 'widen_in_tx');
      await client.query('begin');
      await expect(client.query(select, [1])).rejects.toThrow(/cached plan must not change result type/);
      await client.query('rollback');
      expect((await client.query(select, [1])).rows).toEqual([{ id: 1, label: 'one' }]);
    } finally {
      client.release();
    }
  });
});
