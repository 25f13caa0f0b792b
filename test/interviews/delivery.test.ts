import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOutboxDispatcher, type BackgroundWorkers } from '../../src/outbox/start.ts';
import { verifyWebhook } from '../../src/webhooks/index.ts';
import { DIALECTS } from '../support/dialects.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { invite, publishedScreen, takeInterview } from './helpers.ts';

interface Hook { headers: IncomingHttpHeaders; body: string }

async function until(check: () => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.each(DIALECTS)('email and webhooks through the outbox on %s', (dialect) => {
  let t: TestApp;
  let workers: BackgroundWorkers;
  const mails: { to: string[]; raw: string }[] = [];
  const hooks: Hook[] = [];
  let failNextHooks = 1;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString()));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: raw.replace(/=\r?\n/g, '') });
        done();
      });
    },
  });
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      hooks.push({ headers: req.headers, body });
      res.statusCode = failNextHooks-- > 0 ? 503 : 204;
      res.end();
    });
  });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    workers = startOutboxDispatcher(t.database.db, {
      allowPrivateWebhookTargets: true, // the receiver is on loopback
      smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      publicUrl: 'http://127.0.0.1:3000',
      pollIntervalMs: 50,
      retry: { baseDelayMs: 50, maxDelayMs: 200, maxAttempts: 5 },
    });
  });
  afterAll(async () => {
    await workers.stop();
    await t.close();
    await new Promise<void>((r) => smtp.close(() => r()));
    await new Promise<void>((r) => receiver.close(() => r()));
  });

  it('emails the invitation over SMTP and signs every webhook, redelivering after a failure', async () => {
    const hook = (await t.call({ method: 'POST', url: '/api/v1/webhooks', payload: { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook` } })).json();
    const screenId = await publishedScreen(t);
    const [inv] = await invite(t, screenId, [{ name: 'Grace Hopper', email: 'grace@example.com' }]);

    await until(() => mails.some((m) => m.to.includes('grace@example.com')));
    const mail = mails.find((m) => m.to.includes('grace@example.com'))!;
    expect(mail.raw).toContain(inv!.link);
    expect(mail.raw).toContain('Backend engineer, payments');
    expect(mail.raw).toMatch(/up to 20 minutes/);
    expect(mail.raw).toMatch(/^X-Prescreen-Event-Id: \S+/im);

    await takeInterview(t, inv!.token, () => 'I built the ledger at Initech in 2021, led the design myself and cut reconciliation time by 60%.');
    const types = () => new Set(hooks.map((h) => JSON.parse(h.body).type));
    await until(() => ['interview.started', 'interview.completed', 'report.ready'].every((x) => types().has(x)));

    const now = Math.floor(Date.now() / 1000);
    for (const h of hooks) {
      expect(verifyWebhook({ secret: hook.secret, body: h.body, headers: h.headers, nowSeconds: now })).toMatchObject({ ok: true });
    }
    // The first delivery got a 503 and was retried with the same event id: receivers deduplicate by it.
    const ids = hooks.map((h) => h.headers['webhook-id']);
    expect(ids[0]).toBe(ids[1]);
    const ready = hooks.map((h) => JSON.parse(h.body)).find((e) => e.type === 'report.ready');
    expect(ready.data).toMatchObject({ interviewId: inv!.interviewId, revision: 1 });
    expect(typeof ready.data.overall).toBe('number');
    // Invited with an API key: no person to email; the integration has the webhook.
    const told = await t.database.db.selectFrom('outbox').select('id').where('id', '=', `report-ready:${inv!.interviewId}`).execute();
    expect(told).toEqual([]);
  });

  it('emails the user who sent the invitation when the report is ready, once, with a link to it', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: t.adminEmail, password: t.adminPassword } });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const screenId = await publishedScreen(t, { title: 'Payments screen' });
    const res = await t.app.inject({
      method: 'POST', url: `/api/v1/screens/${screenId}/invitations`,
      headers: { cookie, 'x-csrf-token': login.json().csrfToken }, payload: { candidates: [{ name: 'Ada Lovelace', email: 'ada@example.com' }] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const [inv] = res.json().items as { token: string; interviewId: string }[];
    await takeInterview(t, inv!.token, () => 'I built the ledger at Initech in 2021, led the design myself and cut reconciliation time by 60%.');

    const isReady = (m: { to: string[]; raw: string }) => m.to.includes(t.adminEmail) && m.raw.includes(`Event-ID: report-ready:${inv!.interviewId}`);
    await until(() => mails.some(isReady));
    const mail = mails.find(isReady)!;
    const report = (await t.call({ url: `/api/v1/interviews/${inv!.interviewId}/report` })).json();
    expect(mail.raw).toContain('Ada Lovelace has finished "Payments screen"');
    expect(mail.raw).toContain(`${report.overall} out of 100`);
    expect(mail.raw).toContain(`http://127.0.0.1:3000/reports/${inv!.interviewId}`);
    // A re-score is a new revision, not a second "report ready".
    expect((await t.call({ method: 'POST', url: `/api/v1/interviews/${inv!.interviewId}/report/revisions`, payload: { reason: 'check' } })).statusCode).toBe(201);
    const outbox = await t.database.db.selectFrom('outbox').select('id').where('id', 'like', 'report-ready:%').execute();
    expect(outbox.map((r) => r.id)).toEqual([`report-ready:${inv!.interviewId}`]);
  });
});

describe.each(DIALECTS)('the local mailbox on %s', (dialect) => {
  it('keeps emails in the mailbox table when no SMTP server is configured, once per event', async () => {
    const t = await createTestApp(dialect);
    const workers = startOutboxDispatcher(t.database.db, { publicUrl: 'http://127.0.0.1:3000', pollIntervalMs: 50, allowPrivateWebhookTargets: true });
    try {
      const screenId = await publishedScreen(t);
      await invite(t, screenId, [{ name: 'Local', email: 'local@example.com' }]);
      const rows = async () => t.database.db.selectFrom('mailbox').selectAll().where('to_address', '=', 'local@example.com').execute();
      const end = Date.now() + 10_000;
      while ((await rows()).length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
      const [mail] = await rows();
      expect(mail?.subject).toBe('Your screening interview for Backend engineer, payments');
      // A redelivery of the same event (at least once) is stored once.
      const { KyselyMailboxStore } = await import('../../src/db/repositories/mailbox.ts');
      await new KyselyMailboxStore(t.database.db).saveMail({ from: 'x', to: 'local@example.com', subject: 's', text: 't', html: null, eventId: mail!.event_id });
      expect(await rows()).toHaveLength(1);
    } finally {
      await workers.stop();
      await t.close();
    }
  });
});
