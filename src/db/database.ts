import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { setBatchSlots } from './batcher.ts';
import { migrationProvider } from './migrations/index.ts';
import { lockDataDir, type DataDirLock } from './pglite/data-dir-lock.ts';
import { PGliteDialect } from './pglite/pglite-dialect.ts';
import { prepareStatements } from './prepared-statements.ts';
import type { Database } from './schema.ts';

export type DatabaseTarget =
  /** `prepareStatements` (default true): see prepared-statements.ts. */
  | { readonly kind: 'postgres'; readonly url: string; readonly poolSize?: number; readonly prepareStatements?: boolean }
  | { readonly kind: 'pglite'; readonly dataDir: string }
  /** In memory, optionally started from a dump (tests: ~0.4 s instead of ~4 s to create). */
  | { readonly kind: 'pglite-memory'; readonly dump?: Blob };

export interface OpenDatabase {
  readonly db: Kysely<Database>;
  readonly backend: 'pglite' | 'postgres';
  /** The PGlite instance, for dumps; null on PostgreSQL. */
  readonly pglite: PGlite | null;
  close(): Promise<void>;
}

// bigint counts come back as numbers: every count here fits in 2^53.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

/** Opens the database, takes the data-directory lock for PGlite, and runs pending migrations. */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  const opened = target.kind === 'postgres' ? openPostgres(target) : await openPglite(target);
  try {
    await migrate(opened.db);
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}

function openPostgres({ url, poolSize = 10, prepareStatements: prepare = true }: Extract<DatabaseTarget, { kind: 'postgres' }>): OpenDatabase {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client's error (server restart, database dropped) must not crash the process: the pool drops that client.
  pool.on('error', () => {});
  if (prepare) prepareStatements(pool);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  // Two batches in flight: one can be on the wire while the other executes.
  setBatchSlots(db, Math.min(2, poolSize));
  return { db, backend: 'postgres', pglite: null, close: () => db.destroy() };
}

async function openPglite(target: Exclude<DatabaseTarget, { kind: 'postgres' }>): Promise<OpenDatabase> {
  let lock: DataDirLock | null = null;
  let pglite: PGlite;
  if (target.kind === 'pglite') {
    lock = lockDataDir(target.dataDir);
    try {
      pglite = await PGlite.create(target.dataDir);
    } catch (error) {
      lock.release();
      throw error;
    }
  } else {
    pglite = await PGlite.create(target.dump ? { loadDataDir: target.dump } : {});
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  const close = async () => {
    await db.destroy();
    lock?.release();
  };
  return { db, backend: 'pglite', pglite, close };
}

async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${(error as Error).message}`, { cause: error });
  }
}
