import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface OrgsTable {
  id: string;
  name: string;
  created_at: CreatedAt;
}

export interface ApiKeysTable {
  id: string;
  org_id: string;
  name: string;
  /** The first characters of the key, shown in lists so a person can tell keys apart. */
  prefix: string;
  key_hash: string;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
}

export interface UsersTable {
  id: string;
  org_id: string;
  email: string;
  name: string;
  password_hash: string;
  role: 'admin' | 'member';
  created_at: CreatedAt;
}

export interface UserSessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  email: string;
  succeeded: boolean;
  at: CreatedAt;
}

export interface OrgQuestionsTable {
  org_id: string;
  id: string;
  data: Json<unknown>;
  created_at: CreatedAt;
}

export interface ScreensTable {
  id: string;
  org_id: string;
  lineage_id: string;
  lineage_number: number;
  /** Optimistic-concurrency version: the ETag; bumped by every change. */
  version: number;
  status: 'draft' | 'published';
  title: string;
  role: string;
  question_ids: Json<string[]>;
  time_budget_minutes: number;
  pass_threshold: number;
  override: Json<{ reason: string } | null>;
  /** Send each candidate short feedback from the rubric (migration 0003); locked at publish with the rest. */
  candidate_feedback: ColumnType<boolean, boolean | undefined, boolean>;
  /** What publishing froze: full questions with rubrics, budget, threshold, engine version. */
  locked: Json<unknown> | null;
  rubric_hash: string | null;
  engine_version: string | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
  published_at: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  org_id: string;
  entity: string;
  entity_id: string;
  actor: string;
  action: string;
  changes: Json<unknown>;
  at: CreatedAt;
}

export interface FoundationTables {
  orgs: OrgsTable;
  api_keys: ApiKeysTable;
  users: UsersTable;
  user_sessions: UserSessionsTable;
  login_attempts: LoginAttemptsTable;
  org_questions: OrgQuestionsTable;
  screens: ScreensTable;
  audit_log: AuditLogTable;
}
