import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScoringPool, type ScoringPool } from '../../src/interviews/scoring-pool.ts';
import { DIALECTS } from '../support/dialects.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { invite, publishedScreen, takeInterview } from './helpers.ts';

const ANSWERS = [
  'At Acme in 2023 our checkout API lost updates under load. I added a version column and a conditional update; lost updates fell from 40 a day to zero.',
  'We fixed it.',
  'I would use a queue with idempotent consumers and an outbox, so a retry never charges twice; the trade-off is latency.',
];

// The same interview, scored on the event loop and on a worker thread, must
// come out the same to the point: the engine is deterministic either way.
describe.each(DIALECTS)('an interview scored by the worker pool on %s', (dialect) => {
  let pool: ScoringPool;
  let pooledScores = 0;
  let onLoop: TestApp;
  let onPool: TestApp;
  beforeAll(async () => {
    pool = startScoringPool(1);
    [onLoop, onPool] = await Promise.all([createTestApp(dialect), createTestApp(dialect, {
      scoringPool: { ...pool, score: (input) => { pooledScores++; return pool.score(input); } },
    })]);
  });
  afterAll(async () => {
    await Promise.all([onLoop.close(), onPool.close()]);
    await pool.close();
  });

  const interview = async (t: TestApp) => {
    const [inv] = await invite(t, await publishedScreen(t), [{ name: 'Grace Hopper', email: 'grace@example.com' }]);
    let n = 0;
    const end = await takeInterview(t, inv!.token, () => ANSWERS[n++ % ANSWERS.length]!);
    const report = (await t.call({ method: 'GET', url: `/api/v1/interviews/${inv!.interviewId}/report` })).json();
    return { end, report };
  };

  it('asks the same turns and reports the same scores and evidence', async () => {
    const a = await interview(onLoop);
    const b = await interview(onPool);
    expect(pooledScores).toBe(b.end.answeredTurns);
    expect(a.report.questions.filter((q: { score: unknown }) => typeof q.score === 'number').length).toBeGreaterThan(0);
    expect(b.end.answeredTurns).toBe(a.end.answeredTurns);
    expect(b.report.overall).toBe(a.report.overall);
    expect(b.report.decision).toBe(a.report.decision);
    const strip = (qs: { score: unknown; dimensions: unknown; evidence: unknown; followUps: unknown }[]) =>
      qs.map((q) => ({ score: q.score, dimensions: q.dimensions, evidence: q.evidence, followUps: q.followUps }));
    expect(strip(b.report.questions)).toEqual(strip(a.report.questions));
  });
});
