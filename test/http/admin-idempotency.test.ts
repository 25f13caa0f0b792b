import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.ts';
import { validScreenBody } from '../support/screens.ts';
import type { TestApp } from '../support/test-app.ts';
import { appWithPublishedScreen, invite, takeInterview } from '../interviews/helpers.ts';

/**
 * The hiring team's writes that make something new (a screen, a version, a
 * report revision, an email) run once per Idempotency-Key: a retry after a
 * lost response, or a double click sending the same key, does not make two.
 */
describe.each(DIALECTS)('Idempotency-Keys on the hiring team\'s writes on %s', (dialect) => {
  let t: TestApp;
  let screenId: string;
  beforeAll(async () => ({ t, screenId } = await appWithPublishedScreen(dialect)));
  afterAll(() => t.close());

  const post = (url: string, key: string, payload?: object) => t.call({ method: 'POST', url, headers: { 'idempotency-key': key }, ...(payload ? { payload } : {}) });
  const count = async (table: 'screens' | 'reports' | 'outbox') =>
    Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('creates one draft screen for a repeated request, replays it with its ETag, and refuses the key with another body (422)', async () => {
    const key = randomUUID();
    const before = await count('screens');
    const first = await post('/api/v1/screens', key, validScreenBody({ title: 'Once only' }));
    const again = await post('/api/v1/screens', key, validScreenBody({ title: 'Once only' }));
    expect(first.statusCode, first.body).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers.location).toBe(first.headers.location);
    expect(await count('screens')).toBe(before + 1);

    const other = await post('/api/v1/screens', key, validScreenBody({ title: 'Something else' }));
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ code: 'idempotency_key_reused', errors: [{ path: 'idempotency-key', rule: 'unique' }] });
    expect(await count('screens')).toBe(before + 1);
  });

  it('starts one new version for 8 parallel requests with one key; other keys number after it, without a clash', async () => {
    const key = randomUUID();
    const same = await Promise.all(Array.from({ length: 8 }, () => post(`/api/v1/screens/${screenId}/versions`, key)));
    const created = same.filter((r) => r.statusCode === 201);
    expect(same.every((r) => r.statusCode === 201 || (r.statusCode === 409 && r.json().code === 'idempotency_in_flight')), same.map((r) => r.body).join('\n')).toBe(true);
    expect(new Set(created.map((r) => r.json().id)).size).toBe(1);

    // Two editors branching at the same moment with their own keys: two drafts, numbered one after the other.
    const two = await Promise.all([post(`/api/v1/screens/${screenId}/versions`, randomUUID()), post(`/api/v1/screens/${screenId}/versions`, randomUUID())]);
    expect(two.map((r) => r.statusCode)).toEqual([201, 201]);
    const lineage = (await t.call({ method: 'GET', url: '/api/v1/screens' })).json().items
      .filter((s: { lineageId: string }) => s.lineageId === created[0]!.json().lineageId)
      .map((s: { lineageNumber: number }) => s.lineageNumber)
      .sort();
    expect(lineage).toEqual([1, 2, 3, 4]);
  });

  it('issues one new report revision for a repeated re-score', async () => {
    const [inv] = await invite(t, screenId, [{ name: 'Rescored Rae', email: 'rae@example.com' }]);
    await takeInterview(t, inv!.token, () => 'At Acme I made our payment writes idempotent with a key per request, and duplicates stopped.');
    const url = `/api/v1/interviews/${inv!.interviewId}/report/revisions`;
    const key = randomUUID();
    const first = await post(url, key, { reason: 'engine upgrade' });
    const again = await post(url, key, { reason: 'engine upgrade' });
    expect(first.statusCode, first.body).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().revision).toBe(2);
    const revisions = (await t.call({ method: 'GET', url })).json().items;
    expect(revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
  });

  it('sends one email for a repeated resend, and a failed resend leaves the key free for its retry', async () => {
    const [inv] = await invite(t, screenId, [{ name: 'Resent Ray', email: 'ray@example.com' }]);
    const url = `/api/v1/invitations/${inv!.id}/resend`;
    const emailsToRay = async () => (await t.database.db.selectFrom('outbox').select('payload').where('topic', '=', 'email').execute())
      .filter((m) => (m.payload as { message: { to: string } }).message.to === 'ray@example.com').length;
    const key = randomUUID();
    const [a, b] = await Promise.all([post(url, key), post(url, key)]);
    const again = await post(url, key);
    expect([a!.statusCode, b!.statusCode]).toContain(202);
    expect(again.statusCode).toBe(202);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().sentCount).toBe(2);
    expect(await emailsToRay()).toBe(2);

    // Revoked: the resend is refused, and the refusal is not stored as the key's answer.
    const refusedKey = randomUUID();
    expect((await t.call({ method: 'POST', url: `/api/v1/invitations/${inv!.id}/revoke` })).statusCode).toBe(200);
    const refused = await post(url, refusedKey);
    expect(refused.statusCode).toBe(409);
    const stored = await t.database.db.selectFrom('idempotency_keys').select('key').where('key', '=', refusedKey).execute();
    expect(stored).toEqual([]);
  });
});
