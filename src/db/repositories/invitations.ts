import { sql, type Selectable } from 'kysely';
import type { Db } from '../schema.ts';
import type { InterviewsTable, InvitationsTable } from '../tables/interviews.ts';
import { STEP_LOCK } from './interviews.ts';

export type InvitationRow = Selectable<InvitationsTable>;
export type InvitationStatus = 'invited' | 'started' | 'completed' | 'expired' | 'revoked';

export interface NewInvitation {
  readonly id: string;
  readonly orgId: string;
  readonly screenId: string;
  readonly name: string;
  readonly email: string;
  readonly token: string;
  readonly expiresAt: Date;
  readonly extraTimeFactor: number;
  readonly actor: string;
}

export async function insertInvitation(tx: Db, inv: NewInvitation): Promise<InvitationRow> {
  return tx
    .insertInto('invitations')
    .values({
      id: inv.id, org_id: inv.orgId, screen_id: inv.screenId, candidate_name: inv.name, candidate_email: inv.email,
      token: inv.token, expires_at: inv.expiresAt, extra_time_factor: inv.extraTimeFactor, created_by: inv.actor,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface InvitationWithInterview extends InvitationRow {
  readonly interview_id: string;
  readonly interview_status: Selectable<InterviewsTable>['status'];
  readonly started_at: Date | null;
  readonly ended_at: Date | null;
}

function withInterview(db: Db) {
  return db
    .selectFrom('invitations')
    .innerJoin('interviews', 'interviews.invitation_id', 'invitations.id')
    .selectAll('invitations')
    .select(['interviews.id as interview_id', 'interviews.status as interview_status', 'interviews.started_at', 'interviews.ended_at']);
}

export async function listInvitations(db: Db, orgId: string, screenId: string): Promise<InvitationWithInterview[]> {
  return withInterview(db)
    .where('invitations.org_id', '=', orgId)
    .where('invitations.screen_id', '=', screenId)
    .orderBy('invitations.created_at')
    .orderBy('invitations.id')
    .execute();
}

/** `forUpdate`: with the step lock held, for the writes that must not race a step of its interview (revoke, resend). */
export async function findInvitation(db: Db, orgId: string, id: string, forUpdate = false): Promise<InvitationWithInterview | undefined> {
  const q = withInterview(db).where('invitations.org_id', '=', orgId).where('invitations.id', '=', id);
  return (forUpdate ? q.forUpdate(STEP_LOCK) : q).executeTakeFirst();
}

/**
 * A live invitation (invited or started) of this email to this screen, if
 * any, with invitations of that email to that screen serialised until the
 * transaction ends: two requests at once cannot both find none.
 */
export async function lockLiveInvitation(tx: Db, orgId: string, screenId: string, email: string, now: Date): Promise<InvitationWithInterview | undefined> {
  const address = email.toLowerCase();
  await sql`select pg_advisory_xact_lock(hashtextextended(${`invite:${screenId}:${address}`}, 0))`.execute(tx);
  return withInterview(tx)
    .where('invitations.org_id', '=', orgId)
    .where('invitations.screen_id', '=', screenId)
    .where(sql<string>`lower(invitations.candidate_email)`, '=', address)
    .where('invitations.revoked_at', 'is', null)
    .where('invitations.expires_at', '>', now)
    .where('interviews.status', 'in', ['not_started', 'in_progress'])
    .executeTakeFirst();
}

/** The status a hiring manager sees, from the invitation and its interview. */
export function invitationStatus(row: InvitationWithInterview, now: Date): InvitationStatus {
  if (row.interview_status === 'completed') return 'completed';
  if (row.revoked_at) return 'revoked';
  if (row.interview_status === 'in_progress') return 'started';
  if (row.interview_status === 'expired' || row.expires_at <= now) return 'expired';
  return 'invited';
}

export async function countResend(db: Db, orgId: string, id: string): Promise<void> {
  await db
    .updateTable('invitations')
    .set((eb) => ({ sent_count: eb('sent_count', '+', 1) }))
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

/** Invitations expiring within `window` that were neither reminded, revoked nor finished. */
export async function dueForReminder(db: Db, now: Date, windowMs: number, limit = 50): Promise<InvitationWithInterview[]> {
  return withInterview(db)
    .where('invitations.reminder_sent_at', 'is', null)
    .where('invitations.revoked_at', 'is', null)
    .where('invitations.expires_at', '>', now)
    .where('invitations.expires_at', '<=', new Date(now.getTime() + windowMs))
    .where('interviews.status', 'in', ['not_started', 'in_progress'])
    .limit(limit)
    .execute();
}

/** The invitation side of a revoke (see revokeInvitation, which holds the step lock). */
export async function markRevoked(tx: Db, id: string, at: Date): Promise<void> {
  await tx.updateTable('invitations').set({ revoked_at: at }).where('id', '=', id).execute();
}

/** Marks the reminder sent; false if another instance did it first. */
export async function markReminded(db: Db, id: string, at: Date): Promise<boolean> {
  const r = await db.updateTable('invitations').set({ reminder_sent_at: at }).where('id', '=', id).where('reminder_sent_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface ScreenProgress {
  readonly invited: number;
  readonly inProgress: number;
  readonly completed: number;
  /** Completed, with a latest report the scorer could not decide alone. */
  readonly needsReview: number;
}

/** Per screen of the organisation, how far its candidates are (revoked invitations left out). */
export async function progressOfScreens(db: Db, orgId: string): Promise<Map<string, ScreenProgress>> {
  const rows = await db
    .selectFrom('invitations as inv')
    .innerJoin('interviews as i', 'i.invitation_id', 'inv.id')
    .leftJoinLateral(
      (eb) => eb.selectFrom('reports as r').select('r.decision').whereRef('r.interview_id', '=', 'i.id').orderBy('r.revision', 'desc').limit(1).as('latest'),
      (join) => join.onTrue(),
    )
    .select((eb) => [
      'inv.screen_id',
      eb.fn.countAll<string>().as('invited'),
      eb.fn.countAll<string>().filterWhere('i.status', '=', 'in_progress').as('in_progress'),
      eb.fn.countAll<string>().filterWhere('i.status', '=', 'completed').as('completed'),
      eb.fn.countAll<string>().filterWhere('latest.decision', '=', 'needs_review').as('needs_review'),
    ])
    .where('inv.org_id', '=', orgId)
    .where('inv.revoked_at', 'is', null)
    .groupBy('inv.screen_id')
    .execute();
  return new Map(rows.map((r) => [r.screen_id, {
    invited: Number(r.invited), inProgress: Number(r.in_progress), completed: Number(r.completed), needsReview: Number(r.needs_review),
  }]));
}
