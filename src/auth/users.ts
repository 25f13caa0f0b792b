import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';
import { hashPassword, hashToken, newId, randomToken, verifyPassword } from './secrets.ts';

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly orgId: string;
  readonly role: 'admin' | 'member';
}

export const SESSION_DAYS = 7;
/** A valid scrypt hash of a random password, checked when the email is unknown. */
const UNKNOWN_USER_HASH = 'scrypt$AAAAAAAAAAAAAAAAAAAAAA$7mQ4m2b1k3x0s0H5Jb7pXy1mZq9wQ2f3a8d6c4e0b1I';
/** Failed sign-ins allowed per email within the window before sign-in is refused. */
export const LOGIN_LIMIT = { failures: 5, windowMinutes: 15 } as const;

export async function createUser(
  db: Kysely<Database>,
  user: { orgId: string; email: string; name: string; password: string; role?: 'admin' | 'member' },
): Promise<SessionUser> {
  const row = await db
    .insertInto('users')
    .values({
      id: newId('usr'),
      org_id: user.orgId,
      email: user.email.toLowerCase(),
      name: user.name,
      password_hash: await hashPassword(user.password),
      role: user.role ?? 'admin',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export type LoginOutcome =
  | { readonly ok: true; readonly user: SessionUser; readonly sessionId: string; readonly csrfToken: string }
  | { readonly ok: false; readonly reason: 'bad_credentials' | 'rate_limited' };

/** Checks the password, counts the attempt, and opens a session on success. */
export async function logIn(db: Kysely<Database>, email: string, password: string): Promise<LoginOutcome> {
  const normalised = email.toLowerCase();
  if ((await recentFailures(db, normalised)) >= LOGIN_LIMIT.failures) return { ok: false, reason: 'rate_limited' };
  const row = await db.selectFrom('users').selectAll().where('email', '=', normalised).executeTakeFirst();
  // An unknown email costs the same scrypt work, so timing does not tell which emails exist.
  const ok = (await verifyPassword(password, row?.password_hash ?? UNKNOWN_USER_HASH)) && row !== undefined;
  await db.insertInto('login_attempts').values({ email: normalised, succeeded: ok }).execute();
  if (!ok || !row) return { ok: false, reason: 'bad_credentials' };
  const sessionId = randomToken(24);
  const csrfToken = randomToken(24);
  await db
    .insertInto('user_sessions')
    .values({
      id_hash: hashToken(sessionId),
      user_id: row.id,
      csrf_token: csrfToken,
      expires_at: new Date(Date.now() + SESSION_DAYS * 86_400_000),
    })
    .execute();
  return { ok: true, user: toUser(row), sessionId, csrfToken };
}

export async function findSession(db: Kysely<Database>, sessionId: string): Promise<{ user: SessionUser; csrfToken: string } | null> {
  const row = await db
    .selectFrom('user_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.email', 'u.name', 'u.org_id', 'u.role', 's.csrf_token'])
    .where('s.id_hash', '=', hashToken(sessionId))
    .where('s.expires_at', '>', new Date())
    .executeTakeFirst();
  return row ? { user: toUser(row), csrfToken: row.csrf_token } : null;
}

export async function logOut(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('user_sessions').where('id_hash', '=', hashToken(sessionId)).execute();
}

async function recentFailures(db: Kysely<Database>, email: string): Promise<number> {
  const since = new Date(Date.now() - LOGIN_LIMIT.windowMinutes * 60_000);
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('email', '=', email)
    .where('succeeded', '=', false)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function toUser(row: { id: string; email: string; name: string; org_id: string; role: 'admin' | 'member' }): SessionUser {
  return { id: row.id, email: row.email, name: row.name, orgId: row.org_id, role: row.role };
}
