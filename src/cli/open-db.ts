import { bootstrapDefaultOrg } from '../auth/bootstrap.ts';
import { databaseTarget, readConfig } from '../config/config.ts';
import { openDatabase, type OpenDatabase } from '../db/index.ts';

/** The database the server would use, for admin commands (same environment variables). */
export async function openConfiguredDatabase(): Promise<OpenDatabase> {
  return openDatabase(databaseTarget(readConfig()));
}

/** Opens the database for one command; on an empty one, first creates the default organisation. */
export async function withDatabase<T>(work: (db: OpenDatabase) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase();
  try {
    const config = readConfig();
    const boot = await bootstrapDefaultOrg(database.db, {
      adminKey: config.PRESCREEN_ADMIN_KEY,
      adminEmail: config.PRESCREEN_ADMIN_EMAIL,
      adminPassword: config.PRESCREEN_ADMIN_PASSWORD,
    });
    if (boot.created) {
      process.stderr.write(`Created the default organisation (shown once): admin API key ${boot.apiKey}; sign-in ${boot.adminEmail}${boot.generatedPassword ? ` / ${boot.generatedPassword}` : ''}\n`);
    }
    return await work(database);
  } finally {
    await database.close();
  }
}

export function printJsonOr(json: boolean, value: unknown, text: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
}
