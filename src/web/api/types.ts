import type { Competency, Question as BankQuestion } from '../../core/bank/question.ts';
import type { Evidence } from '../../core/scoring/types.ts';
import type { IssuedReport } from '../../interviews/report-builder.ts';

/**
 * The shapes the web app reads from the API: the server's own types, inferred
 * from its zod schemas (src/schemas, src/core/bank) or, for reports, from the
 * function that builds them. Type-only imports: none of it is bundled.
 */
export type Question = BankQuestion & { readonly source?: 'bank' | 'org' };
export type { Competency };

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly orgId: string;
}

export interface Session {
  readonly user: User;
  readonly csrfToken: string;
}

export type { AuditEntry, Screen } from '../../schemas/screen.ts';

export type { CandidateRow, Invitation, InvitationStatus, LatestReport } from '../../schemas/interview.ts';
export type { EmailPage, SentEmail } from '../../schemas/email.ts';

/**
 * A report as the server issues and stores it (src/interviews/report-builder.ts):
 * the pages read the type the server writes, so nothing is guessed.
 */
export type Report = IssuedReport;
export type ReportQuestion = IssuedReport['questions'][number];
export type TranscriptTurn = IssuedReport['transcript'][number];
export type { Evidence };
