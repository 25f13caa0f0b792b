import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScoreInput } from '../../src/core/scoring/index.ts';
import type { ScoringPool } from '../../src/interviews/scoring-pool.ts';
import { defaultScorer } from '../../src/interviews/scoring.ts';
import { invite, publishedScreen, takeInterview } from '../interviews/helpers.ts';
import { createTestApp, testBank, type TestApp } from '../support/test-app.ts';

/**
 * With a scoring pool, nothing the server scores is scored on its event loop:
 * not the interview's answers, not practice answers or mock reports (public,
 * up to twenty answers a request), not a re-score. The pool here is a
 * recording stand-in over the same engine, so the test sees every score asked of it.
 */
describe('scoring through the pool, for every kind of request', () => {
  let t: TestApp;
  const asked: ScoreInput[] = [];
  /** When set, every score first reads the database: on PGlite's one connection that waits forever if a transaction is open. */
  let readWhileScoring = false;
  const pool: ScoringPool = {
    score: async (input) => {
      asked.push(input);
      if (readWhileScoring) await t.database.db.selectFrom('orgs').select('id').execute();
      return defaultScorer().scoreAnswer(input);
    },
    warm: async () => {},
    close: async () => {},
  };
  beforeAll(async () => (t = await createTestApp('pglite', { scoringPool: pool })));
  afterAll(() => t.close());
  const askedNow = () => asked.splice(0).map((i) => i.answer);

  it('scores a practice answer in the pool, with the score the engine gives', async () => {
    askedNow();
    const answer = 'I add a version column and update only where the version is still the one I read, retrying on a conflict.';
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/practice/answers', payload: { questionId: 'be-lost-update', answer } });
    expect(res.statusCode).toBe(200);
    expect(askedNow()).toEqual([answer]);
    const question = testBank().find((q) => q.id === 'be-lost-update')!;
    expect(res.json().result).toEqual(JSON.parse(JSON.stringify(defaultScorer().scoreAnswer({ question, answer }))));
  });

  it('scores every answer and follow-up of a mock report in the pool, each follow-up with the answers before it', async () => {
    askedNow();
    const ids = ['ds-experience', 'ds-solved-problem', 'be-incident', 'ds-network-partition', 'ds-dht', 'motivation-role'];
    const answers = ids.map((questionId, i) => ({ questionId, answer: `Answer ${i} about ${questionId}.`, ...(i === 0 ? { followUps: [{ answer: 'First follow-up.' }, { answer: 'Second follow-up.' }] } : {}) }));
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/practice/mock-report', payload: { answers }, remoteAddress: '10.9.9.9' });
    expect(res.statusCode, res.body).toBe(200);
    const inputs = asked.splice(0);
    expect(inputs.map((i) => i.answer).sort()).toEqual([...answers.map((a) => a.answer), 'First follow-up.', 'Second follow-up.'].sort());
    const second = inputs.find((i) => i.answer === 'Second follow-up.')!;
    expect(second.parent?.answer).toBe('Answer 0 about ds-experience.\n\nFirst follow-up.');
  });

  it('scores an interview and its re-score in the pool, the re-score with no transaction open meanwhile', async () => {
    const screenId = await publishedScreen(t);
    const [inv] = await invite(t, screenId, [{ name: 'Pooled Pat', email: 'pat@example.com' }]);
    askedNow();
    await takeInterview(t, inv!.token, () => 'At Acme I made our payment writes idempotent with a key per request, and duplicates stopped.');
    const answered = askedNow().length;
    expect(answered).toBeGreaterThanOrEqual(6);
    readWhileScoring = true;
    const rescore = { method: 'POST' as const, url: `/api/v1/interviews/${inv!.interviewId}/report/revisions`, headers: { 'idempotency-key': randomUUID() } };
    const res = await t.call(rescore);
    readWhileScoring = false;
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().revision).toBe(2);
    expect(askedNow()).toHaveLength(answered);
    // A retry with the key replays the first answer without scoring again.
    const replay = await t.call(rescore);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json().revision).toBe(2);
    expect(askedNow()).toEqual([]);
  });
});
