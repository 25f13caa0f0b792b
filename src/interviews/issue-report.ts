import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { InterviewState } from '../core/interview/index.ts';
import type { ScoreResult } from '../core/scoring/index.ts';
import type { Database } from '../db/index.ts';
import type { InterviewRecord } from '../db/repositories/interviews.ts';
import { insertReport, type ReportRow } from '../db/repositories/reports.ts';
import { enqueueWebhook } from './events.ts';
import { buildReport } from './report-builder.ts';
import type { ScreenSnapshot } from './screen-snapshot.ts';

export interface IssueInput {
  readonly record: InterviewRecord;
  readonly screen: ScreenSnapshot;
  readonly state: InterviewState<ScoreResult>;
  readonly engineVersion: string;
  readonly revision: number;
  readonly reason: string;
}

/**
 * Issues a report revision in the caller's transaction and announces it
 * (`report.ready`). The report is ready when the transaction that ended the
 * interview commits; nothing is computed later.
 */
export async function issueReport(tx: Transaction<Database>, input: IssueInput): Promise<ReportRow> {
  const { record } = input;
  const data = buildReport({
    interviewId: record.row.id,
    candidate: { name: record.invitation.name, email: record.invitation.email },
    extraTimeFactor: record.invitation.extraTimeFactor,
    screen: input.screen,
    plan: record.plan,
    state: input.state,
    engineVersion: input.engineVersion,
  });
  const id = `rep_${randomBytes(12).toString('base64url')}`;
  const row = await insertReport(tx, {
    id, orgId: record.row.org_id, interviewId: record.row.id, revision: input.revision, engineVersion: input.engineVersion,
    overall: data.overall, decision: data.decision, data: { ...data, id, revision: input.revision, reason: input.reason }, reason: input.reason,
  });
  await enqueueWebhook(tx, record.row.org_id, 'report.ready', {
    interviewId: record.row.id, reportId: id, revision: input.revision, overall: data.overall, decision: data.decision,
    screenId: record.row.screen_id, candidate: { name: record.invitation.name, email: record.invitation.email },
  }, new Date());
  return row;
}
