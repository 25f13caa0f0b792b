import { readConfig } from '../config/config.ts';
import { openDatabase, type OpenDatabase } from '../db/index.ts';

/** The database the server would use, for admin commands (same environment variables). */
export async function openConfiguredDatabase(): Promise<OpenDatabase> {
  const config = readConfig();
  return openDatabase(config.DATABASE_URL ? { kind: 'postgres', url: config.DATABASE_URL } : { kind: 'pglite', dataDir: config.PRESCREEN_DATA_DIR });
}

export async function withDatabase<T>(work: (db: OpenDatabase) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase();
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

export function printJsonOr(json: boolean, value: unknown, text: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
}
