import { afterAll, describe, expect, it } from 'vitest';
import { loadBank } from '../bank/index.ts';
import { createBuiltinScorer } from '../core/scoring/index.ts';
import { startScoringPool } from './scoring-pool.ts';
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

  it('fails the scores a dying worker held, and replaces it with a worker warmed like the first', async () => {
    const standIn = startScoringPool(1, new URL('../../test/support/crashing-scoring-worker.mjs', import.meta.url));
    try {
      const question = samples[0]!.question;
      await standIn.warm(bank, 2);
      await expect(standIn.score({ question, answer: 'crash' })).rejects.toThrow(/exited \(code 3\)/);
      expect(await standIn.score({ question, answer: 'still here' })).toEqual({ echoed: 'still here' });
      const warmUp = warmUpInputs(bank, 2).map((input) => input.answer);
      expect(warmUp.length).toBeGreaterThan(0);
      expect(await standIn.score({ question, answer: 'seen' })).toEqual({ seen: [...warmUp, 'still here'] });
    } finally {
      await standIn.close();
    }
  });
});
