import type { ColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface InvitationsTable {
  id: string;
  org_id: string;
  screen_id: string;
  candidate_name: string;
  candidate_email: string;
  /** The candidate's capability: ≥128 random bits, base64url. */
  token: string;
  expires_at: Timestamp;
  extra_time_factor: ColumnType<number, number | undefined, number>;
  revoked_at: Timestamp | null;
  reminder_sent_at: Timestamp | null;
  sent_count: ColumnType<number, number | undefined, number>;
  created_by: string;
  created_at: CreatedAt;
}

export interface InterviewsTable {
  id: string;
  org_id: string;
  invitation_id: string;
  screen_id: string;
  status: 'not_started' | 'in_progress' | 'completed' | 'expired';
  seq: ColumnType<number, number | undefined, number>;
  /** Compare-and-swap version of the state. */
  version: ColumnType<number, number | undefined, number>;
  plan: Json<unknown>;
  state: Json<unknown>;
  deadline_at: Timestamp | null;
  started_at: Timestamp | null;
  ended_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TurnsTable {
  interview_id: string;
  seq: number;
  kind: 'question' | 'follow_up';
  question_index: number;
  question_id: string;
  follow_up_id: string | null;
  prompt: string;
  asked_at: Timestamp;
  answer_text: string | null;
  answered_at: Timestamp | null;
  late: ColumnType<boolean, boolean | undefined, boolean>;
  score: Json<unknown> | null;
}

export interface ReportsTable {
  id: string;
  org_id: string;
  interview_id: string;
  revision: number;
  engine_version: string;
  overall: number;
  decision: 'pass' | 'fail' | 'needs_review';
  data: Json<unknown>;
  reason: string;
  created_at: CreatedAt;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  fingerprint: string;
  status: 'in_flight' | 'done';
  response_status: number | null;
  response_body: Json<unknown> | null;
  created_at: CreatedAt;
  completed_at: Timestamp | null;
  /** The request holding the key (migration 0006). */
  owner: string | null;
}

export interface OutboxTable {
  id: string;
  org_id: string | null;
  topic: string;
  payload: Json<unknown>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  locked_until: Timestamp | null;
  delivered_at: Timestamp | null;
  dead_at: Timestamp | null;
  last_error: string | null;
  created_at: CreatedAt;
}

export interface MailboxTable {
  id: string;
  event_id: string | null;
  from_address: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  created_at: CreatedAt;
}

export interface WebhookEndpointsTable {
  id: string;
  org_id: string;
  url: string;
  secret: string;
  events: Json<string[]>;
  created_at: CreatedAt;
  disabled_at: Timestamp | null;
}

export interface InterviewTables {
  invitations: InvitationsTable;
  interviews: InterviewsTable;
  turns: TurnsTable;
  reports: ReportsTable;
  idempotency_keys: IdempotencyKeysTable;
  outbox: OutboxTable;
  mailbox: MailboxTable;
  webhook_endpoints: WebhookEndpointsTable;
}

