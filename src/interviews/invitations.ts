import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { newInterview, planInterview } from '../core/interview/index.ts';
import { inTransaction, type Database } from '../db/index.ts';
import { insertInterview, markWithdrawn } from '../db/repositories/interviews.ts';
import {
  countResend,
  findInvitation,
  insertInvitation,
  invitationStatus,
  lockLiveInvitation,
  markReminded,
  markRevoked,
  type InvitationStatus,
  type InvitationWithInterview,
} from '../db/repositories/invitations.ts';
import { invitationMail, reminderMail, type InvitationMailInput } from '../mail/index.ts';
import { notifyOutboxWritten } from '../outbox/notify.ts';
import { enqueueEmail } from './events.ts';
import { plannedQuestions, type ScreenSnapshot } from './screen-snapshot.ts';
import { newCandidateToken } from './conduct.ts';

const DAY = 24 * 60 * 60 * 1000;

export interface CandidateInput {
  readonly name: string;
  readonly email: string;
  readonly extraTimeFactor?: number | undefined;
}

export type CreatedInvitation = {
  readonly id: string;
  readonly interviewId: string;
  readonly token: string;
  readonly link: string;
  readonly status: 'invited';
  readonly name: string;
  readonly email: string;
  readonly expiresAt: string;
  readonly extraTimeFactor: number;
};

export const linkFor = (publicUrl: string, token: string) => `${publicUrl.replace(/\/$/, '')}/i/${token}`;

/**
 * Creates the invitations, their (not yet started) interviews and the
 * invitation emails in one transaction: every candidate is invited and
 * emailed, or none is.
 */
export async function createInvitations(
  tx: Transaction<Database>,
  input: { orgId: string; actor: string; screen: ScreenSnapshot; candidates: readonly CandidateInput[]; expiresInDays: number; publicUrl: string; now: Date },
): Promise<CreatedInvitation[]> {
  const expiresAt = new Date(input.now.getTime() + input.expiresInDays * DAY);
  const created: CreatedInvitation[] = [];
  // Every person's lock first, in one order (by email), so that two batches naming the same people cannot deadlock.
  const byEmail = [...input.candidates.entries()].sort(([, a], [, b]) => a.email.toLowerCase().localeCompare(b.email.toLowerCase()));
  for (const [index, c] of byEmail) {
    const live = await lockLiveInvitation(tx, input.orgId, input.screen.id, c.email, input.now);
    if (live) throw new AlreadyInvited(index, c.email, live.id, invitationStatus(live, input.now));
  }
  for (const c of input.candidates) {
    const id = `inv_${randomBytes(12).toString('base64url')}`;
    const interviewId = `itv_${randomBytes(12).toString('base64url')}`;
    const token = newCandidateToken();
    const factor = c.extraTimeFactor ?? 1;
    await insertInvitation(tx, { id, orgId: input.orgId, screenId: input.screen.id, name: c.name, email: c.email, token, expiresAt, extraTimeFactor: factor, actor: input.actor });
    const plan = planInterview({
      questions: plannedQuestions(input.screen),
      timeBudgetMinutes: input.screen.timeBudgetMinutes,
      invitationExpiresAt: expiresAt.getTime(),
      extraTimeFactor: factor,
    });
    await insertInterview(tx, { id: interviewId, orgId: input.orgId, invitationId: id, screenId: input.screen.id, plan, state: newInterview() });
    const link = linkFor(input.publicUrl, token);
    await enqueueEmail(tx, input.orgId, invitationMail(mailInput(input.screen, { name: c.name, email: c.email, factor, link, expiresAt })));
    created.push({ id, interviewId, token, link, status: 'invited', name: c.name, email: c.email, expiresAt: expiresAt.toISOString(), extraTimeFactor: factor });
  }
  return created;
}

/** A candidate of the batch already has a live invitation to the screen: the batch is refused whole (its transaction rolls back). */
export class AlreadyInvited extends Error {
  constructor(readonly index: number, readonly email: string, readonly invitationId: string, readonly status: string) {
    super(`${email} already has a live invitation to this screen (${invitationId}, ${status}): resend or revoke it instead`);
  }
}

function mailInput(screen: ScreenSnapshot, c: { name: string; email: string; factor: number; link: string; expiresAt: Date }): InvitationMailInput {
  return {
    candidateName: c.name, email: c.email, role: screen.role, timeBudgetMinutes: screen.timeBudgetMinutes,
    extraTimeFactor: c.factor, questionCount: screen.questions.length, link: c.link, expiresAt: c.expiresAt,
  };
}

export function invitationDto(row: InvitationWithInterview, publicUrl: string, now: Date) {
  return {
    id: row.id,
    interviewId: row.interview_id,
    token: row.token,
    link: linkFor(publicUrl, row.token),
    status: invitationStatus(row, now),
    name: row.candidate_name,
    email: row.candidate_email,
    expiresAt: row.expires_at.toISOString(),
    extraTimeFactor: row.extra_time_factor,
    createdAt: row.created_at.toISOString(),
    startedAt: row.started_at ? row.started_at.toISOString() : null,
    endedAt: row.ended_at ? row.ended_at.toISOString() : null,
    revokedAt: row.revoked_at ? row.revoked_at.toISOString() : null,
    sentCount: row.sent_count,
    reminderSentAt: row.reminder_sent_at ? row.reminder_sent_at.toISOString() : null,
  };
}

/** Sends the invitation (or, with `reminder`, the reminder) again through the outbox. */
export async function resendInvitation(
  db: Kysely<Database>,
  input: { orgId: string; id: string; screen: ScreenSnapshot; publicUrl: string; reminder?: boolean; eventId?: string },
): Promise<ResendOutcome> {
  const outcome = await inTransaction(db, async (tx): Promise<ResendOutcome> => {
    // Under the step lock, so that a revoke or the interview's end cannot slip in between this check and the email.
    const row = await findInvitation(tx, input.orgId, input.id, true);
    if (!row) return 'not_found';
    const refusal = resendRefusal(row, new Date());
    if (refusal) return refusal;
    // One reminder per invitation, even with several instances sweeping: the mark and the email commit together.
    if (input.reminder && !(await markReminded(tx, row.id, new Date()))) return 'already_reminded';
    const mail = mailInput(input.screen, {
      name: row.candidate_name, email: row.candidate_email, factor: row.extra_time_factor,
      link: linkFor(input.publicUrl, row.token), expiresAt: row.expires_at,
    });
    await enqueueEmail(tx, input.orgId, input.reminder ? reminderMail(mail) : invitationMail(mail), input.eventId);
    if (!input.reminder) await countResend(tx, input.orgId, input.id);
    return 'sent';
  });
  if (outcome === 'sent') notifyOutboxWritten();
  return outcome;
}

export type ResendOutcome = 'sent' | 'not_found' | 'already_reminded' | Exclude<InvitationStatus, 'invited' | 'started'>;

/** Why an invitation's email may not go (again), or null: only a live link is worth sending. */
function resendRefusal(row: InvitationWithInterview, now: Date): Exclude<ResendOutcome, 'sent' | 'not_found' | 'already_reminded'> | null {
  const status = invitationStatus(row, now);
  return status === 'invited' || status === 'started' ? null : status;
}

/**
 * Withdraws an invitation under the step lock: a step already running
 * finishes first (a completed interview keeps its report and is not
 * revoked), and one that starts later waits and reads the revocation.
 */
export async function revokeInvitation(db: Kysely<Database>, orgId: string, id: string, at = new Date()): Promise<'revoked' | 'completed' | 'not_found'> {
  return db.transaction().execute(async (tx) => {
    const row = await findInvitation(tx, orgId, id, true);
    if (!row) return 'not_found';
    if (row.interview_status === 'completed') return 'completed';
    if (row.revoked_at !== null) return 'revoked';
    await markRevoked(tx, id, at);
    await markWithdrawn(tx, row.interview_id);
    return 'revoked';
  });
}
