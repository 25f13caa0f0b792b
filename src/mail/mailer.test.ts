import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer, invitationMail, smtpMailer, type MailboxStore } from './index.ts';

interface Received { from: string; to: string[]; raw: string }

describe('SMTP delivery to a real in-process server', () => {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        done();
      });
    },
  });
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('delivers the invitation with its link, role, time budget and event id', async () => {
    const mailer = smtpMailer(url, 'prescreen <hiring@example.com>');
    const message = invitationMail({
      candidateName: 'Ada', email: 'ada@example.com', role: 'Backend engineer', timeBudgetMinutes: 20,
      extraTimeFactor: 1.5, questionCount: 7, link: 'http://localhost:3000/i/abc', expiresAt: new Date('2026-01-12T00:00:00Z'),
    });
    await mailer.send({ ...message, eventId: 'evt-123' });
    await mailer.close();
    const got = inbox.at(-1)!;
    expect(got.from).toBe('hiring@example.com');
    expect(got.to).toEqual(['ada@example.com']);
    const raw = got.raw.replace(/=\r?\n/g, '');
    expect(raw).toContain('Subject: Your screening interview for Backend engineer');
    expect(raw).toMatch(/^X-Prescreen-Event-Id: evt-123\r?$/im);
    expect(raw).toMatch(/^Message-ID: <evt-123@prescreen.local>/im);
    expect(raw).toContain('http://localhost:3000/i/abc');
    expect(raw).toContain('up to 30 minutes');
    expect(raw).toContain('7 questions');
  });

  it('rejects when the server refuses, so the outbox retries', async () => {
    const mailer = smtpMailer('smtp://127.0.0.1:1');
    await expect(mailer.send({ to: 'x@example.com', subject: 's', text: 't' })).rejects.toThrow();
  });
});

describe('the embedded mailbox', () => {
  it('keeps messages locally when SMTP_URL is not set', async () => {
    const saved: unknown[] = [];
    const store: MailboxStore = { saveMail: async (m) => (saved.push(m), `m${saved.length}`) };
    const mailer = createMailer({}, store);
    expect(mailer.kind).toBe('mailbox');
    await expect(mailer.send({ to: 'a@example.com', subject: 'Hi', text: 'Body', eventId: 'e1' })).resolves.toEqual({ messageId: 'm1' });
    expect(saved).toEqual([{ from: 'prescreen <no-reply@prescreen.local>', to: 'a@example.com', subject: 'Hi', text: 'Body', html: null, eventId: 'e1' }]);
  });
});
