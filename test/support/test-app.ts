import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Question } from '../../src/core/bank/index.ts';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { bootstrapDefaultOrg, createOrg } from '../../src/auth/bootstrap.ts';
import { loadBank } from '../../src/bank/index.ts';
import type { OpenDatabase } from '../../src/db/index.ts';
import { buildApp, type AppOptions } from '../../src/http/app.ts';
import { QuestionCatalog } from '../../src/questions/catalog.ts';
import { freshDatabase, type Dialect } from './dialects.ts';

let bank: readonly Question[] | null = null;
export const testBank = (): readonly Question[] => (bank ??= loadBank());

export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: OpenDatabase;
  /** The default organisation's admin key, and a second organisation's key. */
  readonly keyA: string;
  readonly keyB: string;
  readonly adminEmail: string;
  readonly adminPassword: string;
  /** inject() with a Bearer key (A unless given). */
  call(options: InjectOptions & { key?: string }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export const ADMIN_PASSWORD = 'correct horse battery staple';

/** The real app over a fresh database of the given backend, with two organisations. */
export async function createTestApp(dialect: Dialect, extra: Partial<AppOptions> = {}): Promise<TestApp> {
  const database = await freshDatabase(dialect);
  const boot = await bootstrapDefaultOrg(database.db, { adminPassword: ADMIN_PASSWORD, adminEmail: 'admin@example.com' });
  if (!boot.created) throw new Error('expected an empty database');
  const orgB = await createOrg(database.db, 'Other organisation');
  const { key: keyB } = await createApiKey(database.db, orgB, 'tests');
  const app = await buildApp({
    db: database.db,
    backend: database.backend,
    catalog: new QuestionCatalog(database.db, testBank()),
    publicUrl: 'http://127.0.0.1:3000',
    web: false,
    ...extra,
  });
  return {
    app,
    database,
    keyA: boot.apiKey,
    keyB,
    adminEmail: boot.adminEmail,
    adminPassword: ADMIN_PASSWORD,
    call: ({ key, headers, ...rest }) =>
      app.inject({ ...rest, headers: { authorization: `Bearer ${key ?? boot.apiKey}`, ...headers } }),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
