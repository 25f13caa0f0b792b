import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';
import { createApiKey } from './api-keys.ts';
import { newId, randomToken } from './secrets.ts';
import { createUser } from './users.ts';

export interface BootstrapOptions {
  readonly adminKey?: string | undefined;
  readonly adminEmail?: string | undefined;
  readonly adminPassword?: string | undefined;
}

export type BootstrapResult =
  | { readonly created: false }
  | {
      readonly created: true;
      readonly orgId: string;
      readonly apiKey: string;
      readonly adminEmail: string;
      /** Null when the password came from the environment: it is not printed back. */
      readonly generatedPassword: string | null;
    };

/**
 * On an empty database: the default organisation, its admin API key and its
 * first admin user, in one transaction, so two instances starting together on
 * one PostgreSQL create them once (the loser's insert conflicts and it reads on).
 */
export async function bootstrapDefaultOrg(db: Kysely<Database>, options: BootstrapOptions): Promise<BootstrapResult> {
  if (await db.selectFrom('orgs').select('id').limit(1).executeTakeFirst()) return { created: false };
  const orgId = 'org_default';
  const password = options.adminPassword ?? randomToken(12);
  const adminEmail = (options.adminEmail ?? 'admin@prescreen.local').toLowerCase();
  try {
    return await db.transaction().execute(async (tx) => {
      await tx.insertInto('orgs').values({ id: orgId, name: 'Default organisation' }).execute();
      const { key } = await createApiKey(tx, orgId, 'admin', options.adminKey ?? undefined);
      await createUser(tx, { orgId, email: adminEmail, name: 'Admin', password });
      return {
        created: true as const,
        orgId,
        apiKey: key,
        adminEmail,
        generatedPassword: options.adminPassword ? null : password,
      };
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') return { created: false };
    throw error;
  }
}

export async function createOrg(db: Kysely<Database>, name: string): Promise<string> {
  const id = newId('org');
  await db.insertInto('orgs').values({ id, name }).execute();
  return id;
}
