import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.ts';
import type { TestApp } from '../support/test-app.ts';
import { appWithPublishedScreen, candidate, invite, takeInterview } from './helpers.ts';

const STAR = 'At Acme in 2023 our checkout API lost updates under load. I was asked to fix it within a sprint. ' +
  'I added a version column and a conditional update, so the loser of a race retries; I also added idempotency keys to the payment call. ' +
  'As a result lost updates dropped from about 40 a day to zero and p99 latency stayed under 80 ms.';

describe.each(DIALECTS)('a full interview over HTTP on %s', (dialect) => {
  let t: TestApp;
  let screenId: string;
  beforeAll(async () => ({ t, screenId } = await appWithPublishedScreen(dialect)));
  afterAll(() => t.close());

  it('invites, conducts and reports', async () => {
    const [inv] = await invite(t, screenId, [{ name: 'Ada Lovelace', email: 'ada@example.com' }]);
    expect(inv).toMatchObject({ status: 'invited', link: `http://127.0.0.1:3000/i/${inv!.token}` });
    expect(Buffer.from(inv!.token, 'base64url').length).toBeGreaterThanOrEqual(16);

    const before = (await candidate(t, inv!.token).view()).json();
    expect(before).toMatchObject({ interviewId: inv!.interviewId, status: 'not_started', seq: 0, question: null });

    const end = await takeInterview(t, inv!.token, () => STAR);
    expect(end).toMatchObject({ status: 'completed', endReason: 'all_answered', question: null });

    const report = await t.call({ method: 'GET', url: `/api/v1/interviews/${inv!.interviewId}/report` });
    expect(report.statusCode, report.body).toBe(200);
    const r = report.json();
    expect(r.overall).toBeGreaterThanOrEqual(0);
    expect(r.overall).toBeLessThanOrEqual(100);
    expect(['pass', 'fail', 'needs_review']).toContain(r.decision);
    expect(r.questions).toHaveLength(6);
    expect(r.transcript.filter((l: { speaker: string }) => l.speaker === 'candidate')).toHaveLength(end.answeredTurns);
    expect(r.screen.rubricHash).toMatch(/\S+/);
    expect(r.engineVersion).toMatch(/prescreen-engine/);

    const list = await t.call({ method: 'GET', url: `/api/v1/screens/${screenId}/invitations` });
    expect(list.json().items.find((i: { id: string }) => i.id === inv!.id).status).toBe('completed');
  });

  it('refuses a stale seq with 409 and the current state, changing nothing', async () => {
    const [inv] = await invite(t, screenId, [{ name: 'Bob', email: 'bob@example.com' }]);
    const c = candidate(t, inv!.token);
    await c.start();
    const first = await c.answer(1, STAR);
    expect(first.statusCode).toBe(200);
    const stale = await c.answer(1, 'a late duplicate from another tab');
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'stale_sequence', current: { seq: first.json().seq } });
    const back = (await c.view()).json();
    expect(back).toMatchObject({ seq: first.json().seq, answeredTurns: 1 });
    // Coming back, the candidate sees what was recorded.
    expect(back.turns[0]).toMatchObject({ seq: 1, kind: 'question', answer: { text: STAR } });
  });

  it('needs a token that exists and refuses revoked invitations', async () => {
    expect((await candidate(t, 'x'.repeat(32)).view()).statusCode).toBe(404);
    const [inv] = await invite(t, screenId, [{ name: 'Cy', email: 'cy@example.com' }]);
    const revoked = await t.call({ method: 'POST', url: `/api/v1/invitations/${inv!.id}/revoke` });
    expect(revoked.json().status).toBe('revoked');
    expect((await candidate(t, inv!.token).start()).statusCode).toBe(410);
  });

  it('does not invite to a draft screen', async () => {
    const draft = (await t.call({ method: 'POST', url: '/api/v1/screens', payload: (await import('../support/screens.ts')).validScreenBody() })).json().id;
    const res = await t.call({ method: 'POST', url: `/api/v1/screens/${draft}/invitations`, payload: { candidates: [{ name: 'D', email: 'd@example.com' }] } });
    expect(res.statusCode).toBe(409);
  });

  it('invites one person once: twice in a list is 400, a second live invitation 409 naming the first, even sent at once', async () => {
    const post = (candidates: { name: string; email: string }[]) => t.call({ method: 'POST', url: `/api/v1/screens/${screenId}/invitations`, payload: { candidates } });
    const twice = await post([{ name: 'Mei', email: 'mei@example.com' }, { name: 'Mei Chen', email: 'MEI@example.com' }]);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors).toContainEqual(expect.objectContaining({ path: 'candidates.1.email', message: 'is listed twice (also as candidate 1)' }));
    // A double click: the same invitation sent twice at once, no Idempotency-Key.
    const both = await Promise.all([post([{ name: 'Mei', email: 'mei@example.com' }]), post([{ name: 'Mei', email: 'mei@example.com' }])]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const refused = both.find((r) => r.statusCode === 409)!.json();
    const first = both.find((r) => r.statusCode === 201)!.json().items[0];
    expect(refused).toMatchObject({ code: 'already_invited', invitationId: first.id, invitationStatus: 'invited' });
    expect(refused.errors).toContainEqual(expect.objectContaining({ path: 'candidates.0.email', rule: 'unique' }));
    // In a list with someone new, nobody is invited: the batch is refused whole.
    expect((await post([{ name: 'Noor', email: 'noor@example.com' }, { name: 'Mei', email: 'Mei@Example.com' }])).statusCode).toBe(409);
    const listed = (await t.call({ method: 'GET', url: `/api/v1/screens/${screenId}/invitations` })).json().items;
    expect(listed.filter((i: { email: string }) => /mei|noor/i.test(i.email))).toHaveLength(1);
    // Once revoked, the person can be invited again.
    await t.call({ method: 'POST', url: `/api/v1/invitations/${first.id}/revoke` });
    expect((await post([{ name: 'Mei', email: 'mei@example.com' }])).statusCode).toBe(201);
  });
});
