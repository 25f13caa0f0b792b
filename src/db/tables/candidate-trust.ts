import type { ColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface FaqItemRow {
  readonly question: string;
  readonly answer: string;
}

/** The hiring team's answers about the role, one row per screen lineage; `version` is the ETag. */
export interface ScreenFaqsTable {
  org_id: string;
  lineage_id: string;
  version: number;
  items: Json<FaqItemRow[]>;
  updated_by: string;
  updated_at: Timestamp;
}

/** The feedback a candidate was given (and emailed), written with the report that ended the interview. */
export interface CandidateFeedbackTable {
  interview_id: string;
  org_id: string;
  strengths: Json<string[]>;
  gaps: Json<string[]>;
  created_at: CreatedAt;
}

/** One rating per interview, by the candidate. */
export interface InterviewRatingsTable {
  interview_id: string;
  org_id: string;
  screen_id: string;
  stars: number;
  comment: string | null;
  created_at: CreatedAt;
}

export interface CandidateTrustTables {
  screen_faqs: ScreenFaqsTable;
  candidate_feedback: CandidateFeedbackTable;
  interview_ratings: InterviewRatingsTable;
}
