import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimIdempotencyKey } from '../../src/db/repositories/idempotency.ts';
import { DIALECTS } from '../support/dialects.ts';
import type { TestApp } from '../support/test-app.ts';
import { appWithPublishedScreen, startedCandidate } from './helpers.ts';

const ANSWER = 'At Acme I led the move of our order service to idempotent writes; I wrote the design, and duplicates fell to zero.';

describe.each(DIALECTS)('answer submission semantics on %s', (dialect) => {
  let t: TestApp;
  let screenId: string;
  beforeAll(async () => ({ t, screenId } = await appWithPublishedScreen(dialect)));
  afterAll(() => t.close());

  const started = (name: string) => startedCandidate(t, screenId, name);
  const answeredTurns = async (interviewId: string) =>
    Number((await t.database.db.selectFrom('turns').select((eb) => eb.fn.countAll().as('n')).where('interview_id', '=', interviewId).where('answer_text', 'is not', null).executeTakeFirstOrThrow()).n);

  it('needs an Idempotency-Key (400)', async () => {
    const { c } = await started('Nokey');
    const res = await c.answer(1, ANSWER, null);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('idempotency_key_missing');
  });

  it('replays the first response for the same key, without a second effect', async () => {
    const { inv, c } = await started('Replay');
    const key = randomUUID();
    const first = await c.answer(1, ANSWER, key);
    const again = await c.answer(1, ANSWER, key);
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await answeredTurns(inv.interviewId)).toBe(1);
  });

  it('refuses the same key with a different body (422)', async () => {
    const { c } = await started('Mismatch');
    const key = randomUUID();
    await c.answer(1, ANSWER, key);
    const res = await c.answer(1, `${ANSWER} (edited)`, key);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('idempotency_key_reused');
  });

  it('answers 409 while the first request with the key is in flight', async () => {
    const { inv, c } = await started('Inflight');
    const key = randomUUID();
    const scope = `answer:${createHash('sha256').update(inv.token).digest('hex').slice(0, 32)}`;
    const fingerprint = createHash('sha256').update(JSON.stringify([1, ANSWER])).digest('hex');
    expect(await claimIdempotencyKey(t.database.db, { scope, key, owner: 'another request' }, fingerprint)).toEqual({ kind: 'owner' });
    const res = await c.answer(1, ANSWER, key);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('idempotency_in_flight');
    expect(await answeredTurns(inv.interviewId)).toBe(0);
  });

  it('records exactly one answer from 20 identical submissions in parallel', async () => {
    const { inv, c } = await started('Parallel');
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 20 }, () => c.answer(1, ANSWER, key)));
    const codes = responses.map((r) => r.statusCode);
    expect(codes.every((s) => s === 200 || s === 409), codes.join(',')).toBe(true);
    expect(codes.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(await answeredTurns(inv.interviewId)).toBe(1);
    expect((await c.view()).json()).toMatchObject({ seq: 2, answeredTurns: 1 });
  });

  it('records exactly one answer from 20 parallel retries with different keys (seq decides)', async () => {
    const { inv, c } = await started('Tabs');
    const responses = await Promise.all(Array.from({ length: 20 }, () => c.answer(1, ANSWER)));
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes.filter((s) => s === 200)).toHaveLength(1);
    expect(codes.filter((s) => s === 409)).toHaveLength(19);
    expect(responses.find((r) => r.statusCode === 409)!.json()).toMatchObject({ code: 'stale_sequence', current: { seq: 2 } });
    expect(await answeredTurns(inv.interviewId)).toBe(1);
  });

  it('creates one invitation for a repeated request with the same key', async () => {
    const key = randomUUID();
    const body = { candidates: [{ name: 'Twice', email: 'twice@example.com' }] };
    const a = await t.call({ method: 'POST', url: `/api/v1/screens/${screenId}/invitations`, payload: body, headers: { 'idempotency-key': key } });
    const b = await t.call({ method: 'POST', url: `/api/v1/screens/${screenId}/invitations`, payload: body, headers: { 'idempotency-key': key } });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json()).toEqual(a.json());
    const list = (await t.call({ method: 'GET', url: `/api/v1/screens/${screenId}/invitations` })).json().items;
    expect(list.filter((i: { email: string }) => i.email === 'twice@example.com')).toHaveLength(1);
  });
});
