import nodemailer from 'nodemailer';

/** One email as the product writes it; `eventId` is the outbox id, sent as a header for deduplication. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  readonly eventId?: string;
}

export interface Mailer {
  readonly kind: 'smtp' | 'mailbox';
  send(message: MailMessage): Promise<{ messageId: string }>;
  close(): Promise<void>;
}

/** Where the embedded default keeps messages (the `mailbox` table, or memory in tests). */
export interface MailboxStore {
  saveMail(mail: { from: string; to: string; subject: string; text: string; html: string | null; eventId: string | null }): Promise<string>;
}

export const DEFAULT_FROM = 'prescreen <no-reply@prescreen.local>';

/** Real SMTP through nodemailer, e.g. `smtp://user:pass@mail.example.com:587`. */
export function smtpMailer(smtpUrl: string, from = DEFAULT_FROM): Mailer {
  // Every wait well inside the outbox's 60 s lease: a send that hangs fails and is retried by its own
  // dispatcher, instead of outliving the lease while another instance sends the same message.
  const transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  return {
    kind: 'smtp',
    async send(message) {
      const info = await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        headers: message.eventId ? { 'X-Prescreen-Event-Id': message.eventId } : {},
        ...(message.eventId ? { messageId: `<${message.eventId}@prescreen.local>` } : {}),
      });
      return { messageId: String(info.messageId) };
    },
    async close() {
      transport.close();
    },
  };
}

/** The embedded default: messages stay in a local mailbox that `prescreen mail list` shows. */
export function mailboxMailer(store: MailboxStore, from = DEFAULT_FROM): Mailer {
  return {
    kind: 'mailbox',
    async send(message) {
      const id = await store.saveMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? null,
        eventId: message.eventId ?? null,
      });
      return { messageId: id };
    },
    async close() {},
  };
}

/** SMTP when `SMTP_URL` is set, the local mailbox otherwise. */
export function createMailer(env: { SMTP_URL?: string | undefined; MAIL_FROM?: string | undefined }, mailbox: MailboxStore): Mailer {
  const from = env.MAIL_FROM || DEFAULT_FROM;
  return env.SMTP_URL ? smtpMailer(env.SMTP_URL, from) : mailboxMailer(mailbox, from);
}
