import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../src/db/index.ts';

export type Dialect = 'pglite' | 'postgres';

/** The backends this run tests: both unless PRESCREEN_TEST_DIALECTS narrows it. */
export const DIALECTS = inject('dialects') as Dialect[];

/**
 * A fresh, migrated, empty database of the given backend: PGlite from the
 * run's dump, or a new database on the PostgreSQL server, dropped on close.
 */
export async function freshDatabase(dialect: Dialect): Promise<OpenDatabase> {
  if (dialect === 'pglite') {
    const dump = new Blob([readFileSync(inject('pgliteDump'))]);
    return openDatabase({ kind: 'pglite-memory', dump });
  }
  const name = `prescreen_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const adminUrl = inject('adminUrl');
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const opened = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 10 });
  return {
    ...opened,
    close: async () => {
      await opened.close();
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** A new empty PostgreSQL database URL (for tests that start server processes). */
export async function freshPostgresUrl(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `prescreen_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const adminUrl = inject('adminUrl');
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`) };
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
