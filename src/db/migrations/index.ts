import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './0001-foundation.ts';
import * as interviews from './0002-interviews.ts';
import * as candidateTrust from './0003-candidate-trust.ts';
import * as lz4Compression from './0004-lz4-compression.ts';
import * as idempotencyKeyAge from './0005-idempotency-key-age.ts';
import * as idempotencyKeyOwner from './0006-idempotency-key-owner.ts';
import * as oneWebhookPerUrl from './0007-one-webhook-per-url.ts';
import * as latestReports from './0008-latest-reports.ts';
import * as orgEmails from './0009-org-emails.ts';

/**
 * Forward-only, in order. A migration is never edited once it has shipped:
 * a change is a new file added at the end of this list.
 */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-interviews': interviews,
  '0003-candidate-trust': candidateTrust,
  '0004-lz4-compression': lz4Compression,
  '0005-idempotency-key-age': idempotencyKeyAge,
  '0006-idempotency-key-owner': idempotencyKeyOwner,
  '0007-one-webhook-per-url': oneWebhookPerUrl,
  '0008-latest-reports': latestReports,
  '0009-org-emails': orgEmails,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
