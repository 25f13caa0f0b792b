import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';
import { forgetOldIdempotencyKeys } from '../db/repositories/idempotency.ts';
import { dueForReminder } from '../db/repositories/invitations.ts';
import { overdueInterviews } from '../db/repositories/interviews.ts';
import { KyselyMailboxStore } from '../db/repositories/mailbox.ts';
import { KyselyOutboxStore } from '../db/repositories/outbox-store.ts';
import { findWebhookEndpoint } from '../db/repositories/webhook-endpoints.ts';
import { settleInterview } from '../interviews/conduct.ts';
import type { EmailPayload, WebhookPayload } from '../interviews/events.ts';
import { resendInvitation } from '../interviews/invitations.ts';
import { defaultScorer } from '../interviews/scoring.ts';
import { publishedScreen } from '../interviews/screen-snapshot.ts';
import { createMailer, type MailboxStore, type Mailer } from '../mail/index.ts';
import { deliverWebhook } from '../webhooks/index.ts';
import { runDispatcher, type DispatcherOptions } from './dispatcher.ts';
import { onOutboxWritten } from './notify.ts';
import type { OutboxHandler } from './types.ts';

export interface BackgroundOptions extends DispatcherOptions {
  /** Deliver webhooks to private/loopback addresses too (PRESCREEN_WEBHOOKS_ALLOW_PRIVATE). */
  readonly allowPrivateWebhookTargets?: boolean;
  readonly smtpUrl?: string | undefined;
  readonly mailFrom?: string | undefined;
  readonly publicUrl: string;
  /** How often to end overdue interviews and send reminders (default 5 s). */
  readonly sweepIntervalMs?: number;
  /** Remind this long before an invitation expires (default 24 h). */
  readonly reminderWindowMs?: number;
  readonly mailer?: Mailer;
  readonly log?: (message: string, error?: unknown) => void;
  /** Called for each message kept in the local mailbox (no SMTP_URL). */
  readonly onMailboxed?: (mail: Parameters<MailboxStore['saveMail']>[0]) => void;
}

export interface BackgroundWorkers {
  readonly mailer: Mailer;
  stop(): Promise<void>;
}

/** Delivers the outbox (email, webhooks) and runs the sweeps, until stopped. Safe on several instances. */
export function startOutboxDispatcher(db: Kysely<Database>, options: BackgroundOptions): BackgroundWorkers {
  const mailbox = new KyselyMailboxStore(db);
  // With no SMTP server the mail stays local; the console says so, and `prescreen mail list` shows it.
  const announced: MailboxStore = {
    saveMail: async (m) => {
      const id = await mailbox.saveMail(m);
      options.onMailboxed?.(m);
      return id;
    },
  };
  const mailer = options.mailer ?? createMailer({ SMTP_URL: options.smtpUrl, MAIL_FROM: options.mailFrom }, announced);
  const log = options.log ?? (() => {});
  const handlers: Record<string, OutboxHandler> = {
    email: async (m) => {
      await mailer.send({ ...(m.payload as EmailPayload).message, eventId: m.id });
    },
    webhook: async (m) => {
      const { endpointId, envelope } = m.payload as WebhookPayload;
      const endpoint = await findWebhookEndpoint(db, endpointId);
      if (!endpoint || endpoint.disabled_at) return; // unsubscribed since: nothing to deliver
      await deliverWebhook({ url: endpoint.url, secret: endpoint.secret }, envelope, Math.floor(Date.now() / 1000), undefined, options.allowPrivateWebhookTargets);
    },
  };
  const dispatcher = runDispatcher(
    { store: new KyselyOutboxStore(db), handlers, onError: (e) => log('outbox dispatch failed', e) },
    { pollIntervalMs: 1_000, ...options },
  );
  const unsubscribe = onOutboxWritten(() => dispatcher.wake());
  let sweeping: Promise<void> | null = null;
  const timer = setInterval(() => {
    // A slow sweep is not joined by the next one: they would only do the same work twice.
    sweeping ??= sweep(db, { ...options, log }).catch((e) => log('sweep failed', e)).finally(() => (sweeping = null));
  }, options.sweepIntervalMs ?? 5_000);
  timer.unref();
  return {
    mailer,
    async stop() {
      clearInterval(timer);
      unsubscribe();
      await sweeping;
      await dispatcher.stop();
      await mailer.close();
    },
  };
}

/**
 * Ends interviews whose time ran out while nobody was looking, forgets old
 * Idempotency-Keys and sends due reminders. One interview that cannot be
 * settled is logged and left for the next sweep; it does not stop the rest.
 */
export async function sweep(db: Kysely<Database>, options: Pick<BackgroundOptions, 'publicUrl' | 'reminderWindowMs' | 'log'>, now = new Date()): Promise<void> {
  const deps = { db, scorer: defaultScorer(), now: () => now.getTime(), publicUrl: options.publicUrl };
  for (const i of await overdueInterviews(db, now)) {
    await settleInterview(deps, i.org_id, i.id).catch((e) => options.log?.(`could not settle interview ${i.id}`, e));
  }
  await forgetOldIdempotencyKeys(db);
  for (const inv of await dueForReminder(db, now, options.reminderWindowMs ?? 24 * 3_600_000)) {
    const screen = await publishedScreen(db, inv.org_id, inv.screen_id);
    if (screen) await resendInvitation(db, { orgId: inv.org_id, id: inv.id, screen, publicUrl: options.publicUrl, reminder: true, eventId: `reminder:${inv.id}` });
  }
}
