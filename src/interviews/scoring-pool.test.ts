import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadBank } from '../bank/index.ts';
import { createBuiltinScorer } from '../core/scoring/index.ts';
import { startScoringPool, type WorkerExit } from './scoring-pool.ts';
import { warmUpInputs } from './scoring.ts';

describe('the scoring pool', () => {
  const bank = loadBank();
  const pool = startScoringPool(2);
  afterAll(() => pool.close());
  const main = createBuiltinScorer();
  const samples = bank.slice(0, 6).flatMap((question) =>
    Object.values(question.sampleAnswers).filter((a): a is string => Boolean(a)).map((answer) => ({ question, answer })));

  it('gives exactly the scores the main thread gives, answers and follow-ups alike', async () => {
    const inputs = [
      ...samples,
      ...samples.slice(0, 4).map(({ question, answer }) => ({ question, answer: 'We measured it: p99 fell from 900 ms to 120 ms.', parent: { question, answer } })),
    ];
    const pooled = await Promise.all(inputs.map((input) => pool.score(input)));
    expect(pooled).toEqual(inputs.map((input) => main.scoreAnswer(input)));
    // The same questions again (sent by number now) score the same.
    expect(await pool.score(inputs[0]!)).toEqual(pooled[0]);
  });

  it('rejects, naming the worker, when the engine throws', async () => {
    await expect(pool.score({ question: samples[0]!.question, answer: 42 as unknown as string })).rejects.toThrow(/scoring worker/);
  });

  const standInUrl = new URL('../../test/support/crashing-scoring-worker.mjs', import.meta.url);

  it('fails the score a dying worker was computing, and replaces it with a worker warmed like the first', async () => {
    const exits: WorkerExit[] = [];
    const standIn = startScoringPool(1, { workerUrl: standInUrl, onExit: (e) => exits.push(e) });
    try {
      const question = samples[0]!.question;
      await standIn.warm(bank, 2);
      await expect(standIn.score({ question, answer: 'crash' })).rejects.toThrow(/exited \(code 3\)/);
      expect(exits).toEqual([{ worker: 0, code: 3, failed: 1, resent: 0, restartInMs: 0 }]);
      expect(await standIn.score({ question, answer: 'still here' })).toEqual({ echoed: 'still here' });
      const warmUp = warmUpInputs(bank, 2).map((input) => input.answer);
      expect(warmUp.length).toBeGreaterThan(0);
      expect(await standIn.score({ question, answer: 'seen' })).toEqual({ seen: [...warmUp, 'still here'] });
    } finally {
      await standIn.close();
    }
  });

  it('sends the scores queued behind the one that killed the worker to its replacement, in order', async () => {
    const exits: WorkerExit[] = [];
    const standIn = startScoringPool(1, { workerUrl: standInUrl, onExit: (e) => exits.push(e) });
    try {
      const question = samples[0]!.question;
      await standIn.score({ question, answer: 'started' }); // the worker has answered: it is not broken
      const results = await Promise.allSettled(['crash', 'queued 1', 'queued 2'].map((answer) => standIn.score({ question, answer })));
      expect(results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))).toEqual([
        'Error: scoring worker exited (code 3)', { echoed: 'queued 1' }, { echoed: 'queued 2' },
      ]);
      expect(exits).toEqual([{ worker: 0, code: 3, failed: 1, resent: 2, restartInMs: 0 }]);
    } finally {
      await standIn.close();
    }
  });

  it('stops a worker stuck on a score, fails only that score, and goes on with the rest', async () => {
    const exits: WorkerExit[] = [];
    const standIn = startScoringPool(1, { workerUrl: standInUrl, onExit: (e) => exits.push(e), scoreTimeoutMs: 200 });
    try {
      const question = samples[0]!.question;
      await standIn.score({ question, answer: 'started' });
      const results = await Promise.allSettled(['hang', 'queued'].map((answer) => standIn.score({ question, answer })));
      expect(results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))).toEqual([
        'Error: scoring took longer than 200 ms: the worker was stopped', { echoed: 'queued' },
      ]);
      expect(exits).toMatchObject([{ worker: 0, failed: 1, resent: 1, restartInMs: 0 }]);
    } finally {
      await standIn.close();
    }
  });

  it('fails at once, and restarts with a growing delay, a worker that dies before answering anything', async () => {
    const exits: WorkerExit[] = [];
    const broken = startScoringPool(1, { workerUrl: new URL('../../test/support/unstartable-scoring-worker.mjs', import.meta.url), onExit: (e) => exits.push(e) });
    try {
      await expect(broken.warm(bank, 1)).rejects.toThrow(/exited \(code 4\)/);
      // While it waits out the delay, a score is refused rather than left waiting.
      await expect(broken.score({ question: samples[0]!.question, answer: 'x' })).rejects.toThrow(/no scoring worker is running/);
      await vi.waitFor(() => expect(exits.length).toBeGreaterThanOrEqual(3), { timeout: 5000 });
      expect(exits.slice(0, 3).map((e) => e.restartInMs)).toEqual([100, 200, 400]);
      expect(exits.every((e) => e.code === 4)).toBe(true);
    } finally {
      await broken.close();
    }
    const after = exits.length;
    await new Promise((r) => setTimeout(r, 1000));
    expect(exits.length).toBe(after); // closed: no restart left pending
  });
});
