import { sql, type Selectable } from 'kysely';
import type { Db } from '../schema.ts';
import type { ReportsTable } from '../tables/interviews.ts';

export type ReportRow = Selectable<ReportsTable>;

export interface NewReport {
  readonly id: string;
  readonly orgId: string;
  readonly interviewId: string;
  readonly revision: number;
  readonly engineVersion: string;
  readonly overall: number;
  readonly decision: 'pass' | 'fail' | 'needs_review';
  readonly data: unknown;
  /** Why this revision exists: "interview completed", "re-scored with engine x". */
  readonly reason: string;
}

/**
 * Inserts a revision; the table's trigger refuses any later update or delete.
 * The row comes back built from what was inserted, `created_at` alone read
 * back: returning the stored report would make PostgreSQL print ≈ 30 KB of
 * jsonb and this process parse it again, inside the last answer's locked
 * transaction.
 */
export async function insertReport(tx: Db, r: NewReport): Promise<ReportRow> {
  const row = {
    id: r.id, org_id: r.orgId, interview_id: r.interviewId, revision: r.revision, engine_version: r.engineVersion,
    overall: r.overall, decision: r.decision, reason: r.reason,
  };
  const { created_at } = await tx
    .insertInto('reports')
    .values({ ...row, data: JSON.stringify(r.data) })
    .returning('created_at')
    .executeTakeFirstOrThrow();
  return { ...row, data: r.data, created_at };
}

export async function latestReport(db: Db, orgId: string, interviewId: string, revision?: number): Promise<ReportRow | undefined> {
  let q = db.selectFrom('reports').selectAll().where('org_id', '=', orgId).where('interview_id', '=', interviewId);
  if (revision !== undefined) q = q.where('revision', '=', revision);
  return q.orderBy('revision', 'desc').limit(1).executeTakeFirst();
}

export async function reportRevisions(db: Db, orgId: string, interviewId: string) {
  return db
    .selectFrom('reports')
    .select(['id', 'revision', 'engine_version', 'overall', 'decision', 'reason', 'created_at'])
    .where('org_id', '=', orgId)
    .where('interview_id', '=', interviewId)
    .orderBy('revision')
    .execute();
}

/** A report's latest revision as the candidates table shows it: the scores, not the report. */
export interface ReportSummary {
  readonly interview_id: string;
  readonly revision: number;
  readonly overall: number;
  readonly decision: ReportRow['decision'];
  readonly competencies: Record<string, number> | null;
}

/**
 * The latest revision of every report of a screen's interviews, as
 * summaries: the competency scores are taken out of the report in
 * PostgreSQL, so a screen with hundreds of candidates does not send, and this
 * process does not parse, ≈ 30 KB of report per candidate.
 */
export async function latestReportsOfScreen(db: Db, orgId: string, screenId: string): Promise<ReportSummary[]> {
  return db
    .selectFrom('reports')
    .innerJoin('interviews', 'interviews.id', 'reports.interview_id')
    .select(['reports.interview_id', 'reports.revision', 'reports.overall', 'reports.decision', sql<Record<string, number> | null>`reports.data -> 'competencies'`.as('competencies')])
    .distinctOn('reports.interview_id')
    .where('reports.org_id', '=', orgId)
    .where('interviews.screen_id', '=', screenId)
    .orderBy('reports.interview_id')
    .orderBy('reports.revision', 'desc')
    .execute();
}

export interface LatestReport {
  readonly interview_id: string;
  readonly issued_at: Date;
  readonly revision: number;
  readonly overall: number;
  readonly decision: ReportRow['decision'];
  readonly candidate_name: string;
  readonly candidate_email: string;
  readonly screen_id: string;
  readonly screen_title: string;
}

/**
 * An organisation's finished interviews, newest first by when their first
 * report was issued, each with its latest revision's score and decision;
 * `decision` keeps only those whose latest revision has it.
 */
export async function latestReportsOfOrg(db: Db, orgId: string, options: { limit: number; decision?: ReportRow['decision'] }): Promise<LatestReport[]> {
  let q = db
    .selectFrom('reports as first')
    .innerJoinLateral(
      (eb) => eb.selectFrom('reports as r').select(['r.revision', 'r.overall', 'r.decision']).whereRef('r.interview_id', '=', 'first.interview_id').orderBy('r.revision', 'desc').limit(1).as('latest'),
      (join) => join.onTrue(),
    )
    .innerJoin('interviews as i', 'i.id', 'first.interview_id')
    .innerJoin('invitations as inv', 'inv.id', 'i.invitation_id')
    .innerJoin('screens as s', 's.id', 'i.screen_id')
    .select([
      'first.interview_id', 'first.created_at as issued_at', 'latest.revision', 'latest.overall', 'latest.decision',
      'inv.candidate_name', 'inv.candidate_email', 's.id as screen_id', 's.title as screen_title',
    ])
    .where('first.org_id', '=', orgId)
    .where('first.revision', '=', 1);
  if (options.decision) q = q.where('latest.decision', '=', options.decision);
  return q.orderBy('first.created_at', 'desc').orderBy('first.interview_id', 'desc').limit(options.limit).execute();
}
