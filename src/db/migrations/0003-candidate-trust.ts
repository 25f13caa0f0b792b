import { sql, type Kysely } from 'kysely';

/**
 * Candidates' trust (BRIEF §10): the hiring team's answers to the questions
 * candidates ask about the role (per screen lineage, editable after
 * publishing, versioned), the screen setting that sends candidates feedback,
 * the feedback each candidate was given, and one rating per interview.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

// One statement each: PGlite runs one statement per extended-protocol query.
const STATEMENTS = [
  // A constant default adds the column without touching rows, so the
  // screens_locked trigger (no update of a published screen) does not fire.
  `alter table screens add column candidate_feedback boolean not null default false`,
  `create table screen_faqs (
      org_id text not null references orgs(id),
      lineage_id text not null,
      version integer not null check (version > 0),
      items jsonb not null,
      updated_by text not null,
      updated_at timestamptz not null default now(),
      primary key (org_id, lineage_id)
    )`,
  `create table candidate_feedback (
      interview_id text primary key references interviews(id),
      org_id text not null references orgs(id),
      strengths jsonb not null,
      gaps jsonb not null,
      created_at timestamptz not null default now()
    )`,
  `create table interview_ratings (
      interview_id text primary key references interviews(id),
      org_id text not null references orgs(id),
      screen_id text not null references screens(id),
      stars integer not null check (stars between 1 and 5),
      comment text check (char_length(comment) <= 1000),
      created_at timestamptz not null default now()
    )`,
  `create index interview_ratings_screen on interview_ratings (org_id, screen_id, created_at)`,
];
