/**
 * Races around a revoke and around the end of the grace period, driven
 * through `answerByToken` with a scoring pool the test holds open, so that the
 * revoke (or the clock) moves exactly while an answer is being scored.
 */
import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlineOf } from '../../src/core/interview/index.ts';
import type { ScoreInput, ScoreResult } from '../../src/core/scoring/index.ts';
import { findByToken } from '../../src/db/repositories/interviews.ts';
import { httpOf } from '../../src/http/routes/interviews.ts';
import { answerByToken, type ConductDeps, type ResponseStore } from '../../src/interviews/conduct.ts';
import { defaultScorer } from '../../src/interviews/scoring.ts';
import type { ScoringPool } from '../../src/interviews/scoring-pool.ts';
import { sweep } from '../../src/outbox/start.ts';
import { DIALECTS } from '../support/dialects.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { invite, publishedScreen, startedCandidate, takeInterview } from './helpers.ts';

const ANSWER = 'In 2022 at Globex I owned the billing service; I added a version column so concurrent edits could not lose updates, and disputes fell by 30%.';
const MINUTE = 60_000;

/** A scoring pool whose scores wait until the test releases them. */
function heldPool() {
  const scorer = defaultScorer();
  const calls: { release: () => void; fail: (e: Error) => void }[] = [];
  const waiting: (() => void)[] = [];
  const pool: ScoringPool = {
    score: (input: ScoreInput) => new Promise<ScoreResult>((resolve, reject) => {
      calls.push({ release: () => resolve(scorer.scoreAnswer(input)), fail: reject });
      waiting.splice(0).forEach((w) => w());
    }),
    warm: async () => {},
    close: async () => {},
  };
  const called = async (n: number) => {
    while (calls.length < n) await new Promise<void>((r) => waiting.push(r));
    return calls[n - 1]!;
  };
  return { pool, called };
}

describe.each(DIALECTS)('revoke and grace races on %s', (dialect) => {
  let t: TestApp;
  let screenId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    screenId = await publishedScreen(t, { timeBudgetMinutes: 20, candidateFeedback: true });
  });
  afterAll(() => t.close());

  const started = (name: string) => startedCandidate(t, screenId, name);
  const storeFor = (token: string, seq: number, text: string, key = randomUUID()): ResponseStore => ({
    scope: `answer:${createHash('sha256').update(token).digest('hex').slice(0, 32)}`,
    key,
    fingerprint: createHash('sha256').update(JSON.stringify([seq, text])).digest('hex'),
    responseOf: (o) => httpOf(o, '/x'),
  });
  const answerRow = (interviewId: string, seq: number) =>
    t.database.db.selectFrom('turns').select(['answer_text']).where('interview_id', '=', interviewId).where('seq', '=', seq).executeTakeFirstOrThrow();
  const reportsOf = (interviewId: string) => t.database.db.selectFrom('reports').select('revision').where('interview_id', '=', interviewId).execute();

  it('a revoked interview stays revoked when its time runs out: no report, no feedback email, the link stays closed', async () => {
    const { inv, c } = await started('Withdrawn');
    expect((await c.answer(1, ANSWER)).statusCode).toBe(200);
    expect((await t.call({ method: 'POST', url: `/api/v1/invitations/${inv.id}/revoke` })).json().status).toBe('revoked');
    // Its whole budget and grace pass; then the sweeper runs, and the candidate opens the link.
    await sql`update interviews set state = jsonb_set(state, '{startedAt}', to_jsonb((state->>'startedAt')::bigint - ${30 * MINUTE}::bigint))
      where id = ${inv.interviewId}`.execute(t.database.db);
    await sweep(t.database.db, { publicUrl: 'http://127.0.0.1:3000' });
    expect((await c.view()).statusCode).toBe(410);

    const row = await t.database.db.selectFrom('interviews').select(['status']).where('id', '=', inv.interviewId).executeTakeFirstOrThrow();
    expect(row.status).toBe('in_progress');
    expect(await reportsOf(inv.interviewId)).toHaveLength(0);
    const mail = await t.database.db.selectFrom('outbox').select('id').where('id', '=', `feedback:${inv.interviewId}`).execute();
    expect(mail).toHaveLength(0);
    expect((await t.call({ method: 'GET', url: `/api/v1/invitations/${inv.id}` })).json().status).toBe('revoked');
    expect((await t.call({ method: 'POST', url: `/api/v1/invitations/${inv.id}/resend` })).statusCode).toBe(409);
  });

  it('an answer being scored when the revoke commits is not recorded: it is answered as revoked', async () => {
    const { inv } = await started('Midway');
    const held = heldPool();
    const deps: ConductDeps = { db: t.database.db, scorer: defaultScorer(), now: Date.now, scoringPool: held.pool, publicUrl: 'http://prescreen.test' };
    const pending = answerByToken(deps, inv.token, { seq: 1, text: ANSWER }, storeFor(inv.token, 1, ANSWER));
    const scoring = await held.called(1);
    expect((await t.call({ method: 'POST', url: `/api/v1/invitations/${inv.id}/revoke` })).json().status).toBe('revoked');
    scoring.release();
    const result = await pending;
    expect('outcome' in result && httpOf(result.outcome, '/x').status).toBe(410);
    expect((await answerRow(inv.interviewId, 1)).answer_text).toBeNull();
  });

  it('an answer that arrives inside the grace period is kept, however long its scoring takes', async () => {
    const { inv } = await started('LastSecond');
    const record = (await findByToken(t.database.db, inv.token))!;
    let clock = deadlineOf(record.plan, record.state)! + record.plan.graceMs - 2;
    const held = heldPool();
    const deps: ConductDeps = { db: t.database.db, scorer: defaultScorer(), now: () => clock, scoringPool: held.pool, publicUrl: 'http://prescreen.test' };
    const pending = answerByToken(deps, inv.token, { seq: 1, text: ANSWER }, storeFor(inv.token, 1, ANSWER));
    const scoring = await held.called(1);
    clock += 5_000; // the grace period ends while the answer waits for its score
    scoring.release();
    const result = await pending;
    expect('outcome' in result && httpOf(result.outcome, '/x').status).toBe(200);
    expect((await answerRow(inv.interviewId, 1)).answer_text).toBe(ANSWER);
  });

  it('a completed interview cannot be revoked, and its report stays', async () => {
    const [inv] = await invite(t, screenId, [{ name: 'Finished', email: 'finished@example.com' }]);
    expect((await takeInterview(t, inv!.token, () => ANSWER)).status).toBe('completed');
    expect((await t.call({ method: 'POST', url: `/api/v1/invitations/${inv!.id}/revoke` })).statusCode).toBe(409);
    expect(await reportsOf(inv!.interviewId)).toHaveLength(1);
    expect((await t.call({ method: 'GET', url: `/api/v1/invitations/${inv!.id}` })).json().status).toBe('completed');
  });

  describe('an Idempotency-Key taken over from a request still working (slower than the abandonment window)', () => {
    const statusOf = (r: Awaited<ReturnType<typeof answerByToken>>) => ('outcome' in r ? httpOf(r.outcome, '/x').status : r.claim.kind);
    const abandon = (key: string) => sql`update idempotency_keys set created_at = now() - interval '31 seconds' where key = ${key}`.execute(t.database.db);

    it('a slow owner that then fails does not remove its taker\'s key: the taker\'s response is stored and replayed', async () => {
      const { inv } = await started('TakenOver');
      const held = heldPool();
      const deps: ConductDeps = { db: t.database.db, scorer: defaultScorer(), now: Date.now, scoringPool: held.pool, publicUrl: 'http://prescreen.test' };
      const store = storeFor(inv.token, 1, ANSWER);
      const slow = answerByToken(deps, inv.token, { seq: 1, text: ANSWER }, store).catch((e: Error) => e);
      const slowScore = await held.called(1);
      await abandon(store.key);
      const taker = answerByToken(deps, inv.token, { seq: 1, text: ANSWER }, store);
      const takerScore = await held.called(2);
      slowScore.fail(new Error('scoring worker exited (code 1)'));
      expect(await slow).toBeInstanceOf(Error);
      takerScore.release();
      expect(statusOf(await taker)).toBe(200);
      const retry = await answerByToken({ ...deps, scoringPool: heldPool().pool }, inv.token, { seq: 1, text: ANSWER }, store);
      expect(retry).toMatchObject({ claim: { kind: 'replay', status: 200 } });
    });

    it('a slow owner that comes back after its taker finished answers with the taker\'s response and records nothing', async () => {
      const { inv } = await started('SlowOwner');
      const held = heldPool();
      const deps: ConductDeps = { db: t.database.db, scorer: defaultScorer(), now: Date.now, scoringPool: held.pool, publicUrl: 'http://prescreen.test' };
      const store = storeFor(inv.token, 1, ANSWER);
      const slow = answerByToken(deps, inv.token, { seq: 1, text: ANSWER }, store);
      const slowScore = await held.called(1);
      await abandon(store.key);
      const taker = answerByToken(deps, inv.token, { seq: 1, text: ANSWER }, store);
      (await held.called(2)).release();
      expect(statusOf(await taker)).toBe(200);
      slowScore.release();
      expect(await slow).toMatchObject({ claim: { kind: 'replay', status: 200 } });
      const answered = await t.database.db.selectFrom('turns').select('seq').where('interview_id', '=', inv.interviewId).where('answer_text', 'is not', null).execute();
      expect(answered.map((r) => r.seq)).toEqual([1]);
    });
  });
});
