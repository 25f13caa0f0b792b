import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOutboxDispatcher } from '../../src/outbox/start.ts';
import { DIALECTS } from '../support/dialects.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { invite, publishedScreen } from '../interviews/helpers.ts';

interface Email { id: string; to: string; subject: string; text: string; status: string; attempts: number; lastError: string | null; deliveredAt: string | null }

/** A loopback port nothing listens on: SMTP to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe.each(DIALECTS)('the emails sent for an organisation on %s', (dialect) => {
  let t: TestApp;
  let screenId: string;
  const emails = async (query = ''): Promise<Email[]> => (await t.call({ url: `/api/v1/emails${query}` })).json().items;
  const until = async (check: () => Promise<boolean>) => {
    for (const end = Date.now() + 10_000; !(await check()); ) {
      if (Date.now() > end) throw new Error('timed out waiting');
      await new Promise((r) => setTimeout(r, 25));
    }
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    screenId = await publishedScreen(t);
  });
  afterAll(() => t.close());

  it('lists an invitation email as pending until it is delivered, with its text', async () => {
    const [ada] = await invite(t, screenId, [{ name: 'Ada Lovelace', email: 'ada@example.com' }]);
    const [pending] = await emails();
    expect(pending).toMatchObject({ to: 'ada@example.com', subject: 'Your screening interview for Backend engineer, payments', status: 'pending', attempts: 0, deliveredAt: null });
    expect(pending!.text).toContain(ada!.link);
    const workers = startOutboxDispatcher(t.database.db, { publicUrl: 'http://127.0.0.1:3000', pollIntervalMs: 25 });
    try {
      await until(async () => (await emails())[0]?.status === 'delivered');
    } finally {
      await workers.stop();
    }
    const [delivered] = await emails();
    expect(delivered).toMatchObject({ id: pending!.id, attempts: 1, lastError: null });
    expect(Date.parse(delivered!.deliveredAt!)).toBeGreaterThan(0);
  });

  it('shows an email whose retries ran out as failed, with the last error', async () => {
    await invite(t, screenId, [{ name: 'Bob', email: 'bob@example.com' }]);
    const workers = startOutboxDispatcher(t.database.db, {
      publicUrl: 'http://127.0.0.1:3000', pollIntervalMs: 25, smtpUrl: `smtp://127.0.0.1:${await closedPort()}`,
      retry: { baseDelayMs: 10, maxDelayMs: 20, maxAttempts: 2 },
    });
    try {
      await until(async () => (await emails('?to=bob@example.com'))[0]?.status === 'failed');
    } finally {
      await workers.stop();
    }
    const [failed] = await emails('?to=bob@example.com');
    expect(failed).toMatchObject({ to: 'bob@example.com', attempts: 2, deliveredAt: null });
    expect(failed!.lastError).toMatch(/ECONNREFUSED|connect/i);
  });

  it('filters by recipient whatever the case, newest first, limited; refuses bad input by field', async () => {
    expect((await emails('?to=ADA@example.com')).map((e) => e.to)).toEqual(['ada@example.com']);
    expect((await emails()).map((e) => e.to)).toEqual(['bob@example.com', 'ada@example.com']);
    // Older pages by keyset: each starts after the last email of the one before.
    const first = (await t.call({ url: '/api/v1/emails?limit=1' })).json();
    expect(first.items.map((e: Email) => e.to)).toEqual(['bob@example.com']);
    const second = (await t.call({ url: `/api/v1/emails?limit=1&before=${encodeURIComponent(first.nextBefore)}` })).json();
    expect(second.items.map((e: Email) => e.to)).toEqual(['ada@example.com']);
    expect(second.nextBefore).toBeNull();
    expect((await t.call({ url: '/api/v1/emails?limit=2' })).json().nextBefore).toBeNull();
    const bad = await t.call({ url: '/api/v1/emails?limit=0&to=nobody' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['limit', 'to']);
  });
});
