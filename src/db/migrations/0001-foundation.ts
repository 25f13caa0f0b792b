import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of TABLES) await sql.raw(statement).execute(db);
  // A published screen is frozen in the database too, not only in the API:
  // the threshold cannot move after results are seen (BRIEF §2).
  await sql`
    create function refuse_published_screen_change() returns trigger language plpgsql as $$
    begin
      if old.status = 'published' then
        raise exception 'screen % is published and locked', old.id using errcode = 'P0001';
      end if;
      return new;
    end $$
  `.execute(db);
  await sql`
    create trigger screens_locked before update or delete on screens
      for each row execute function refuse_published_screen_change()
  `.execute(db);
}

// One statement each: PGlite runs one statement per extended-protocol query.
const TABLES = [
  `create table orgs (
      id text primary key,
      name text not null,
      created_at timestamptz not null default now()
    )`,
  `create table api_keys (
      id text primary key,
      org_id text not null references orgs(id),
      name text not null,
      prefix text not null,
      key_hash text not null unique,
      created_at timestamptz not null default now(),
      revoked_at timestamptz
    )`,
  `create table users (
      id text primary key,
      org_id text not null references orgs(id),
      email text not null unique,
      name text not null,
      password_hash text not null,
      role text not null check (role in ('admin', 'member')),
      created_at timestamptz not null default now()
    )`,
  `create table user_sessions (
      id_hash text primary key,
      user_id text not null references users(id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    )`,
  `create table login_attempts (
      id bigserial primary key,
      email text not null,
      succeeded boolean not null,
      at timestamptz not null default now()
    )`,
  `create index login_attempts_email_at on login_attempts (email, at)`,
  `create table org_questions (
      org_id text not null references orgs(id),
      id text not null,
      data jsonb not null,
      created_at timestamptz not null default now(),
      primary key (org_id, id)
    )`,
  `create table screens (
      id text primary key,
      org_id text not null references orgs(id),
      lineage_id text not null,
      lineage_number integer not null,
      version integer not null,
      status text not null check (status in ('draft', 'published')),
      title text not null,
      role text not null,
      question_ids jsonb not null,
      time_budget_minutes integer not null,
      pass_threshold integer not null check (pass_threshold between 0 and 100),
      override jsonb,
      locked jsonb,
      rubric_hash text,
      engine_version text,
      created_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      published_at timestamptz,
      unique (lineage_id, lineage_number),
      check ((status = 'published') = (rubric_hash is not null and locked is not null))
    )`,
  `create index screens_org on screens (org_id, created_at)`,
  `create table audit_log (
      id bigserial primary key,
      org_id text not null references orgs(id),
      entity text not null,
      entity_id text not null,
      actor text not null,
      action text not null,
      changes jsonb not null,
      at timestamptz not null default now()
    )`,
  `create index audit_log_entity on audit_log (org_id, entity, entity_id, id)`,
];
