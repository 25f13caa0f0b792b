import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';
import { hashToken, newId, randomToken } from './secrets.ts';

export interface ApiKeyInfo {
  readonly id: string;
  readonly orgId: string;
  readonly name: string;
  readonly prefix: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

/** Creates a key; the secret is returned once and only its hash is stored. */
export async function createApiKey(
  db: Kysely<Database>,
  orgId: string,
  name: string,
  secret: string = `psk_${randomToken(24)}`,
): Promise<{ key: string; info: ApiKeyInfo }> {
  const row = await db
    .insertInto('api_keys')
    .values({ id: newId('key'), org_id: orgId, name, prefix: secret.slice(0, 8), key_hash: hashToken(secret) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { key: secret, info: toInfo(row) };
}

export async function findOrgByApiKey(db: Kysely<Database>, secret: string): Promise<{ orgId: string; keyId: string } | null> {
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'org_id'])
    .where('key_hash', '=', hashToken(secret))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row ? { orgId: row.org_id, keyId: row.id } : null;
}

export async function listApiKeys(db: Kysely<Database>, orgId?: string): Promise<ApiKeyInfo[]> {
  let query = db.selectFrom('api_keys').selectAll().orderBy('created_at').orderBy('id');
  if (orgId !== undefined) query = query.where('org_id', '=', orgId);
  return (await query.execute()).map(toInfo);
}

export async function revokeApiKey(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

function toInfo(row: { id: string; org_id: string; name: string; prefix: string; created_at: Date; revoked_at: Date | null }): ApiKeyInfo {
  return {
    id: row.id,
    orgId: row.org_id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at.toISOString(),
    revokedAt: row.revoked_at ? row.revoked_at.toISOString() : null,
  };
}
