import type { Competency, Question as BankQuestion } from '../../core/bank/question.ts';

/**
 * The shapes the web app reads from the API. Screens and bank questions are
 * inferred from the server's own zod schemas (src/schemas, src/core/bank);
 * the interview and report shapes mirror the issue-5 contract and read
 * optional extensions defensively.
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
export type { LatestReport } from '../../schemas/interview.ts';

export type InvitationStatus = 'invited' | 'started' | 'completed' | 'expired' | 'revoked';

export interface Invitation {
  readonly id: string;
  readonly token?: string;
  readonly link?: string;
  readonly status: InvitationStatus | string;
  readonly name?: string;
  readonly email?: string;
  readonly candidate?: { readonly name: string; readonly email: string };
  readonly expiresAt?: string;
  readonly interviewId?: string | null;
}

export interface Evidence {
  readonly rule: string;
  readonly effect: number | string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly turn?: number;
  readonly turnSeq?: number;
  readonly source?: string;
}

export interface ReportQuestion {
  readonly questionId: string;
  readonly text?: string;
  readonly type?: string;
  readonly score: number | null;
  readonly combinedScore?: number | null;
  readonly dimensions?: Record<string, number> | readonly { name?: string; id?: string; score: number }[];
  readonly evidence?: readonly Evidence[];
  readonly flags?: readonly (string | { code?: string; message?: string })[];
  readonly followUps?: readonly (string | ReportFollowUp)[];
  readonly answer?: string | null;
  readonly answers?: readonly { seq?: number; text: string; kind?: string }[];
  /** The level this answer's seniority signals show (null: too few to place it). */
  readonly level?: string | null;
  readonly levelSignals?: readonly LevelSignal[];
}

/** A seniority signal (BRIEF §6) in the candidate's words. */
export interface LevelSignal {
  readonly level: string;
  readonly signal: string;
  readonly quote: string;
}

export interface ReportFollowUp {
  readonly followUpId?: string | null;
  readonly prompt?: string;
  readonly text?: string;
  readonly answer?: string | null;
  readonly score?: number | null;
  readonly evidence?: readonly Evidence[];
  readonly flags?: readonly (string | { code?: string; message?: string })[];
}

export interface TranscriptTurn {
  readonly seq?: number;
  readonly role?: string;
  readonly speaker?: string;
  readonly kind?: string;
  readonly text: string;
  readonly at?: string;
  readonly questionId?: string;
}

export interface Report {
  readonly interviewId?: string;
  readonly candidate?: { readonly name?: string; readonly email?: string };
  readonly screen?: { readonly id?: string; readonly title?: string; readonly role?: string; readonly version?: number; readonly rubricHash?: string; readonly engineVersion?: string };
  readonly passThreshold?: number;
  readonly reasons?: readonly string[];
  readonly overall: number;
  readonly decision: string;
  readonly questions: readonly ReportQuestion[];
  readonly competencies?: Record<string, number | null> | readonly { competency: string; score: number | null }[];
  readonly level?: string | null | { readonly estimate?: string; readonly level?: string; readonly confidence?: number };
  readonly commonMistakes?: readonly (string | { code?: string; message?: string })[];
  readonly transcript: readonly TranscriptTurn[];
  readonly rubricHash?: string;
  readonly engineVersion?: string;
  readonly screenVersion?: number;
  readonly revision?: number;
  readonly issuedAt?: string;
  readonly accommodations?: { readonly extraTimeFactor?: number };
  readonly timing?: {
    readonly startedAt?: string | null;
    readonly endedAt?: string | null;
    readonly endReason?: string | null;
    readonly budgetMinutes?: number;
    readonly usedSeconds?: number;
  };
}

export interface CandidateRow {
  readonly interviewId?: string | null;
  readonly invitationId?: string;
  readonly name?: string;
  readonly email?: string;
  readonly candidate?: { readonly name?: string; readonly email?: string };
  readonly status?: string;
  readonly overall?: number | null;
  readonly decision?: string | null;
  readonly competencies?: Record<string, number | null>;
  readonly completedAt?: string | null;
}
