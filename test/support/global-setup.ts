import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/index.ts';

const CACHE = join(process.cwd(), '.cache');
export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
    dialects: string[];
    adminUrl: string;
  }
}

/**
 * Once per run: a migrated PGlite database dumped to a file (each test file
 * loads it in ~0.4 s instead of creating one in ~3 s), and the list of
 * backends to test. In CI the PostgreSQL suite is mandatory.
 */
export default async function setup(project: TestProject) {
  project.provide('pgliteDump', await migratedDump());
  project.provide('dialects', await availableDialects());
  project.provide('adminUrl', ADMIN_URL);
}

async function migratedDump(): Promise<string> {
  const dir = join(process.cwd(), 'src/db/migrations');
  const hash = createHash('sha256');
  for (const f of readdirSync(dir).sort()) hash.update(f).update(readFileSync(join(dir, f)));
  const path = join(CACHE, `pglite-${hash.digest('hex').slice(0, 16)}.tar.gz`);
  if (existsSync(path)) return path;
  const { pglite, close } = await openDatabase({ kind: 'pglite-memory' });
  const dump = await pglite!.dumpDataDir('gzip');
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  await close();
  return path;
}

async function availableDialects(): Promise<string[]> {
  const wanted = (process.env.PRESCREEN_TEST_DIALECTS ?? 'pglite,postgres').split(',').map((s) => s.trim()).filter(Boolean);
  if (!wanted.includes('postgres')) return wanted;
  const client = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await client.connect();
    await client.end();
    return wanted;
  } catch (error) {
    if (process.env.CI) throw new Error(`CI needs PostgreSQL at ${ADMIN_URL}: ${(error as Error).message}`);
    process.stderr.write(`\n!! PostgreSQL is not reachable at ${ADMIN_URL}; running the PGlite suite only (CI runs both)\n\n`);
    return wanted.filter((d) => d !== 'postgres');
  }
}
