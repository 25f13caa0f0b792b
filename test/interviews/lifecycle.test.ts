import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweep } from '../../src/outbox/start.ts';
import { DIALECTS } from '../support/dialects.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { candidate, invite, publishedScreen } from './helpers.ts';

const ANSWER = 'In 2022 at Globex I owned the billing service; I added a version column so concurrent edits could not lose updates, and disputes fell by 30%.';
const MINUTE = 60_000;

describe.each(DIALECTS)('time, reports and revisions on %s', (dialect) => {
  let t: TestApp;
  let screenId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    screenId = await publishedScreen(t, { timeBudgetMinutes: 20 });
  });
  afterAll(() => t.close());

  /** Moves an interview's start into the past, as if the candidate had been at it for `ms`. */
  async function backdate(interviewId: string, ms: number) {
    await sql`update interviews set
        state = jsonb_set(state, '{startedAt}', to_jsonb((state->>'startedAt')::bigint - ${ms}::bigint)),
        deadline_at = deadline_at - make_interval(secs => ${ms / 1000})
      where id = ${interviewId}`.execute(t.database.db);
  }

  async function started(name: string, extraTimeFactor?: number) {
    const [inv] = await invite(t, screenId, [{ name, email: `${name.toLowerCase()}@example.com`, ...(extraTimeFactor ? { extraTimeFactor } : {}) }]);
    const c = candidate(t, inv!.token);
    await c.start();
    return { inv: inv!, c };
  }

  it('ends the interview cleanly when the budget and grace have run out, with a report', async () => {
    const { inv, c } = await started('Slow');
    expect((await c.answer(1, ANSWER)).statusCode).toBe(200);
    await backdate(inv.interviewId, 21 * MINUTE);
    const view = (await c.view()).json();
    expect(view).toMatchObject({ status: 'completed', endReason: 'time_up', question: null, canResume: false, time: { leftSeconds: 0 } });
    const late = await c.answer(view.seq, ANSWER);
    expect(late.statusCode).toBe(409);
    const report = (await t.call({ method: 'GET', url: `/api/v1/interviews/${inv.interviewId}/report` })).json();
    expect(report.timing.endReason).toBe('time_up');
    expect(report.questions.filter((q: { answer: string | null }) => q.answer !== null)).toHaveLength(1);
  });

  it('keeps an answer submitted within the grace period', async () => {
    const { inv, c } = await started('Grace');
    await backdate(inv.interviewId, 20 * MINUTE + 10_000);
    const view = (await c.view()).json();
    expect(view).toMatchObject({ status: 'in_progress', time: { leftSeconds: 0, inGrace: true } });
    const res = await c.answer(view.seq, ANSWER);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'completed', endReason: 'time_up', answeredTurns: 1 });
    const report = (await t.call({ method: 'GET', url: `/api/v1/interviews/${inv.interviewId}/report` })).json();
    expect(report.transcript.find((l: { speaker: string }) => l.speaker === 'candidate')).toMatchObject({ text: ANSWER, late: true });
  });

  it('extends the budget for an extra-time accommodation, and records it in the report', async () => {
    const { inv, c } = await started('Extra', 1.5);
    await backdate(inv.interviewId, 25 * MINUTE);
    expect((await c.view()).json()).toMatchObject({ status: 'in_progress', time: { budgetSeconds: 1800, leftSeconds: 300 }, accommodations: { extraTimeFactor: 1.5 } });
  });

  it('lets the sweeper end an abandoned interview without anyone asking', async () => {
    const { inv } = await started('Gone');
    await backdate(inv.interviewId, 30 * MINUTE);
    await sweep(t.database.db, { publicUrl: 'http://127.0.0.1:3000' });
    const row = await t.database.db.selectFrom('interviews').select(['status']).where('id', '=', inv.interviewId).executeTakeFirstOrThrow();
    expect(row.status).toBe('completed');
    expect((await t.call({ method: 'GET', url: `/api/v1/interviews/${inv.interviewId}/report` })).statusCode).toBe(200);
  });

  it('goes on sweeping past an interview it cannot settle, and says which', async () => {
    const broken = await started('Broken');
    const fine = await started('Fine');
    await backdate(broken.inv.interviewId, 40 * MINUTE); // the longest overdue: settled first
    await backdate(fine.inv.interviewId, 30 * MINUTE);
    await sql`update interviews set plan = '{}'::jsonb where id = ${broken.inv.interviewId}`.execute(t.database.db);
    const logged: string[] = [];
    await sweep(t.database.db, { publicUrl: 'http://127.0.0.1:3000', log: (message) => logged.push(message) });
    const status = async (id: string) => (await t.database.db.selectFrom('interviews').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
    expect(await status(fine.inv.interviewId)).toBe('completed');
    expect(await status(broken.inv.interviewId)).toBe('in_progress');
    expect(logged).toEqual([`could not settle interview ${broken.inv.interviewId}`]);
  });

  it('forgets Idempotency-Keys a day old, done or left in flight, and keeps younger ones', async () => {
    const keys = t.database.db.insertInto('idempotency_keys');
    await keys.values([
      { scope: 'sweep-test', key: 'old-done', fingerprint: 'f', status: 'done', response_status: 200, response_body: '{}', completed_at: new Date() },
      { scope: 'sweep-test', key: 'old-abandoned', fingerprint: 'f', status: 'in_flight' },
      { scope: 'sweep-test', key: 'young', fingerprint: 'f', status: 'done', response_status: 200, response_body: '{}', completed_at: new Date() },
    ]).execute();
    await sql`update idempotency_keys set created_at = now() - interval '25 hours' where scope = 'sweep-test' and key like 'old-%'`.execute(t.database.db);
    await sweep(t.database.db, { publicUrl: 'http://127.0.0.1:3000' });
    const left = await t.database.db.selectFrom('idempotency_keys').select('key').where('scope', '=', 'sweep-test').execute();
    expect(left.map((k) => k.key)).toEqual(['young']);
  });

  it('issues reports that never change; re-scoring adds a labelled revision', async () => {
    const { inv } = await started('Final');
    await backdate(inv.interviewId, 30 * MINUTE);
    const first = (await t.call({ method: 'GET', url: `/api/v1/interviews/${inv.interviewId}/report` })).json();
    expect(first.revision).toBe(1);
    await expect(sql`update reports set overall = 100 where interview_id = ${inv.interviewId}`.execute(t.database.db)).rejects.toThrow(/immutable/);
    await expect(sql`delete from reports where interview_id = ${inv.interviewId}`.execute(t.database.db)).rejects.toThrow(/immutable/);
    const second = await t.call({ method: 'POST', url: `/api/v1/interviews/${inv.interviewId}/report/revisions`, payload: { reason: 'engine upgrade' } });
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ revision: 2, reason: 'engine upgrade' });
    expect((await t.call({ method: 'GET', url: `/api/v1/interviews/${inv.interviewId}/report?revision=1` })).json()).toEqual(first);
    const revisions = (await t.call({ method: 'GET', url: `/api/v1/interviews/${inv.interviewId}/report/revisions` })).json().items;
    expect(revisions.map((r: { revision: number; reason: string }) => [r.revision, r.reason])).toEqual([[1, 'interview completed'], [2, 'engine upgrade']]);
  });

  it('expires an invitation that was never started', async () => {
    const [inv] = await invite(t, screenId, [{ name: 'Never', email: 'never@example.com' }]);
    await sql`update interviews set plan = jsonb_set(plan, '{invitationExpiresAt}', to_jsonb(0)) where id = ${inv!.interviewId}`.execute(t.database.db);
    await sql`update invitations set expires_at = now() - interval '1 minute' where id = ${inv!.id}`.execute(t.database.db);
    expect((await candidate(t, inv!.token).start()).statusCode).toBe(410);
    expect((await candidate(t, inv!.token).view()).json().status).toBe('expired');
    const list = (await t.call({ method: 'GET', url: `/api/v1/screens/${screenId}/invitations` })).json().items;
    expect(list.find((i: { id: string }) => i.id === inv!.id).status).toBe('expired');
  });
});
