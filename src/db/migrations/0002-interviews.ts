import { sql, type Kysely } from 'kysely';

/**
 * Invitations, interviews and their turns, reports (immutable revisions),
 * idempotency keys, the transactional outbox, the local mailbox and webhook
 * endpoints (issue 5).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of TABLES) await sql.raw(statement).execute(db);
  // A report never changes once issued: re-scoring writes a new revision.
  await sql`
    create function refuse_report_change() returns trigger language plpgsql as $$
    begin
      raise exception 'report % is issued and immutable; add a revision instead', old.id using errcode = 'P0001';
    end $$
  `.execute(db);
  await sql`
    create trigger reports_immutable before update or delete on reports
      for each row execute function refuse_report_change()
  `.execute(db);
}

// One statement each: PGlite runs one statement per extended-protocol query.
const TABLES = [
  `create table invitations (
      id text primary key,
      org_id text not null references orgs(id),
      screen_id text not null references screens(id),
      candidate_name text not null,
      candidate_email text not null,
      token text not null unique,
      expires_at timestamptz not null,
      extra_time_factor real not null default 1 check (extra_time_factor >= 1 and extra_time_factor <= 4),
      revoked_at timestamptz,
      reminder_sent_at timestamptz,
      sent_count integer not null default 1,
      created_by text not null,
      created_at timestamptz not null default now()
    )`,
  `create index invitations_screen on invitations (org_id, screen_id, created_at)`,
  `create index invitations_reminder on invitations (expires_at) where reminder_sent_at is null and revoked_at is null`,
  `create table interviews (
      id text primary key,
      org_id text not null references orgs(id),
      invitation_id text not null unique references invitations(id),
      screen_id text not null references screens(id),
      status text not null check (status in ('not_started', 'in_progress', 'completed', 'expired')),
      seq integer not null default 0,
      version integer not null default 1,
      plan jsonb not null,
      state jsonb not null,
      deadline_at timestamptz,
      started_at timestamptz,
      ended_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`,
  `create index interviews_screen on interviews (org_id, screen_id)`,
  `create index interviews_open_deadline on interviews (deadline_at) where status = 'in_progress'`,
  `create table turns (
      interview_id text not null references interviews(id),
      seq integer not null check (seq > 0),
      kind text not null check (kind in ('question', 'follow_up')),
      question_index integer not null,
      question_id text not null,
      follow_up_id text,
      prompt text not null,
      asked_at timestamptz not null,
      answer_text text,
      answered_at timestamptz,
      late boolean not null default false,
      score jsonb,
      primary key (interview_id, seq)
    )`,
  `create table reports (
      id text primary key,
      org_id text not null references orgs(id),
      interview_id text not null references interviews(id),
      revision integer not null check (revision > 0),
      engine_version text not null,
      overall integer not null check (overall between 0 and 100),
      decision text not null check (decision in ('pass', 'fail', 'needs_review')),
      data jsonb not null,
      reason text not null,
      created_at timestamptz not null default now(),
      unique (interview_id, revision)
    )`,
  `create table idempotency_keys (
      scope text not null,
      key text not null,
      fingerprint text not null,
      status text not null check (status in ('in_flight', 'done')),
      response_status integer,
      response_body jsonb,
      created_at timestamptz not null default now(),
      completed_at timestamptz,
      primary key (scope, key)
    )`,
  `create table outbox (
      id text primary key,
      org_id text,
      topic text not null,
      payload jsonb not null,
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      locked_until timestamptz,
      delivered_at timestamptz,
      dead_at timestamptz,
      last_error text,
      created_at timestamptz not null default now()
    )`,
  `create index outbox_due on outbox (next_attempt_at) where delivered_at is null and dead_at is null`,
  `create table mailbox (
      id text primary key,
      event_id text unique,
      from_address text not null,
      to_address text not null,
      subject text not null,
      text_body text not null,
      html_body text,
      created_at timestamptz not null default now()
    )`,
  `create table webhook_endpoints (
      id text primary key,
      org_id text not null references orgs(id),
      url text not null,
      secret text not null,
      events jsonb not null,
      created_at timestamptz not null default now(),
      disabled_at timestamptz
    )`,
  `create index webhook_endpoints_org on webhook_endpoints (org_id)`,
];
