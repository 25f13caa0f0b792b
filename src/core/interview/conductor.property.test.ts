import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newInterview, observe, startInterview, submitAnswer } from './conductor.ts';
import { describeInterview } from './view.ts';
import type { InterviewState, ScoreView } from './types.ts';
import { MINUTE, T0, plan } from './conductor.fixtures.ts';

const gapCodes = ['numbers', 'tradeoffs', 'situation', 'any', 'result'];
const scoreArb: fc.Arbitrary<ScoreView> = fc.record({
  score: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  gaps: fc.array(fc.constantFrom(...gapCodes).map((code) => ({ code, text: code })), { maxLength: 3 }),
});

type Op =
  | { kind: 'start'; dt: number }
  | { kind: 'answer'; dt: number; seqOffset: number; score: ScoreView; text: string }
  | { kind: 'observe'; dt: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('start' as const), dt: fc.integer({ min: 0, max: 2 * MINUTE }) }),
  fc.record({
    kind: fc.constant('answer' as const),
    dt: fc.integer({ min: 0, max: 3 * MINUTE }),
    seqOffset: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -3, max: 3 }) }),
    score: scoreArb,
    text: fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 20 })),
  }),
  fc.record({ kind: fc.constant('observe' as const), dt: fc.integer({ min: 0, max: 10 * MINUTE }) }),
);

const planArb = fc.record({
  count: fc.integer({ min: 1, max: 8 }),
  factor: fc.constantFrom(1, 1.25, 1.5, 2),
  minutes: fc.integer({ min: 5, max: 30 }),
});

/** Runs a random session, checking the laws after every step. */
function run(cfg: { count: number; factor: number; minutes: number }, ops: Op[]) {
  const p = plan({ extraTimeFactor: cfg.factor, timeBudgetMs: cfg.minutes * MINUTE }, cfg.count);
  let state: InterviewState = newInterview();
  let now = T0;
  for (const op of ops) {
    now += op.dt;
    const before = state;
    if (op.kind === 'start') {
      const r = startInterview(p, state, now);
      if (r.ok) state = r.value.state;
    } else if (op.kind === 'observe') {
      state = observe(p, state, now).state;
    } else {
      const seq = state.seq + op.seqOffset;
      const r = submitAnswer(p, state, { seq, text: op.text }, now, () => op.score);
      if (r.ok) state = r.value.state;
      // Law: an answer for a turn that is not current never changes the state.
      if (seq !== before.seq) expect(r.ok).toBe(false);
      if (!r.ok) expect(state).toBe(before);
    }
    checkLaws(state, before, cfg.count);
    describeInterview(p, state, now);
  }
}

function checkLaws(state: InterviewState, before: InterviewState, questions: number) {
  // seq is the position of the turn: strictly increasing from 1, and the current turn's.
  state.turns.forEach((t, i) => expect(t.seq).toBe(i + 1));
  expect(state.seq).toBe(state.turns.length);
  expect(state.seq).toBeGreaterThanOrEqual(before.seq);
  // Acknowledged answers are never lost or rewritten.
  before.turns.forEach((t, i) => {
    if (t.answer) expect(state.turns[i]?.answer).toEqual(t.answer);
  });
  // At most two follow-ups per question; total turns bounded.
  for (let q = 0; q < questions; q++) {
    expect(state.turns.filter((t) => t.questionIndex === q && t.kind === 'follow_up').length).toBeLessThanOrEqual(2);
    expect(state.turns.filter((t) => t.questionIndex === q && t.kind === 'question').length).toBeLessThanOrEqual(1);
  }
  expect(state.turns.length).toBeLessThanOrEqual(questions * 3);
  // Questions are asked in order; only the last turn may be unanswered.
  const qs = state.turns.filter((t) => t.kind === 'question').map((t) => t.questionIndex);
  expect(qs).toEqual(qs.map((_, i) => i));
  state.turns.slice(0, -1).forEach((t) => expect(t.answer).not.toBeNull());
  // Terminal states stay terminal.
  if (before.status === 'completed' || before.status === 'expired') expect(state).toBe(before);
}

describe('conductor laws (property-based)', () => {
  it('hold for every sequence of starts, answers, retries and clock ticks', () => {
    fc.assert(fc.property(planArb, fc.array(opArb, { maxLength: 40 }), run), { numRuns: 400 });
  });

  it('an interview answered promptly always ends with every question asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(scoreArb, { minLength: 30, maxLength: 30 }), (count, scores) => {
        const p = plan({}, count);
        let s = (startInterview(p, newInterview(), T0) as { ok: true; value: { state: InterviewState } }).value.state;
        let i = 0;
        while (s.status === 'in_progress') {
          const r = submitAnswer(p, s, { seq: s.seq, text: 'answer' }, T0 + (i + 1) * 1000, () => scores[i % 30]!);
          if (!r.ok) throw new Error(JSON.stringify(r.error));
          s = r.value.state;
          i++;
        }
        expect(s.endReason).toBe('all_answered');
        expect(new Set(s.turns.map((t) => t.questionId)).size).toBe(count);
      }),
      { numRuns: 200 },
    );
  });
});
