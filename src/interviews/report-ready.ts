import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import type { InterviewRecord } from '../db/repositories/interviews.ts';
import type { ReportRow } from '../db/repositories/reports.ts';
import { reportReadyMail } from '../mail/index.ts';
import { enqueueEmail } from './events.ts';
import type { ScreenSnapshot } from './screen-snapshot.ts';

/** How a signed-in user is recorded as an actor (src/http/auth.ts). */
const USER = 'user:';

/**
 * Emails the user who sent the invitation that the first report is ready,
 * through the outbox in the transaction that issues it; the outbox id makes
 * it once per interview. An invitation sent with an API key has no person
 * to tell: its integration has the `report.ready` webhook. The address is
 * the invitation's own record of its sender (`user:<email>`), read with the
 * interview, so the last answer's transaction asks nothing more.
 */
export async function tellInviterReportReady(
  tx: Transaction<Database>,
  record: InterviewRecord,
  screen: ScreenSnapshot,
  report: ReportRow,
  publicUrl: string,
): Promise<void> {
  const { createdBy } = record.invitation;
  if (!createdBy.startsWith(USER)) return;
  const mail = reportReadyMail({
    to: createdBy.slice(USER.length),
    candidateName: record.invitation.name,
    screenTitle: screen.title,
    overall: report.overall,
    decision: report.decision,
    passThreshold: screen.passThreshold,
    link: `${publicUrl}/reports/${encodeURIComponent(record.row.id)}`,
  });
  await enqueueEmail(tx, record.row.org_id, mail, `report-ready:${record.row.id}`);
}
