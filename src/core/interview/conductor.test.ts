import { describe, expect, it } from 'vitest';
import { newInterview, observe, startInterview, submitAnswer } from './conductor.ts';
import { describeInterview, questionOutcomes } from './view.ts';
import type { InterviewPlan, InterviewState, ScoreView } from './types.ts';
import { MINUTE, T0, always, plan, strong, thin } from './conductor.fixtures.ts';

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}
const start = (p: InterviewPlan, now = T0) => unwrap(startInterview(p, newInterview(), now)).state;
const answer = (p: InterviewPlan, s: InterviewState, text: string, now: number, score: ScoreView = strong) =>
  unwrap(submitAnswer(p, s, { seq: s.seq, text }, now, always(score)));

describe('starting', () => {
  it('asks the first question as turn 1 and emits interview.started', () => {
    const r = unwrap(startInterview(plan(), newInterview(), T0));
    expect(r.state).toMatchObject({ status: 'in_progress', seq: 1, startedAt: T0 });
    expect(r.state.turns).toHaveLength(1);
    expect(r.state.turns[0]).toMatchObject({ seq: 1, kind: 'question', questionId: 'q1', answer: null });
    expect(r.events).toEqual([{ kind: 'interview.started', at: T0 }]);
  });

  it('is a no-op the second time', () => {
    const s = start(plan());
    expect(unwrap(startInterview(plan(), s, T0 + MINUTE))).toEqual({ state: s, events: [] });
  });

  it('is refused after the invitation expired', () => {
    const p = plan({ invitationExpiresAt: T0 });
    expect(startInterview(p, newInterview(), T0)).toEqual({ ok: false, error: { kind: 'invitation_expired' } });
    expect(observe(p, newInterview(), T0).state.status).toBe('expired');
  });
});

describe('answering', () => {
  it('moves to the next question after a strong answer', () => {
    const p = plan();
    const s = answer(p, start(p), 'A full STAR answer.', T0 + MINUTE).state;
    expect(s.seq).toBe(2);
    expect(s.turns.map((t) => [t.seq, t.kind, t.questionId])).toEqual([[1, 'question', 'q1'], [2, 'question', 'q2']]);
  });

  it('asks the follow-up for the first addressed gap of a thin answer', () => {
    const p = plan();
    const s = answer(p, start(p), 'We made it faster.', T0 + MINUTE, thin('situation', 'tradeoffs')).state;
    expect(s.turns[1]).toMatchObject({ seq: 2, kind: 'follow_up', questionId: 'q1', followUpId: 'q1-f2', prompt: 'What did you give up?' });
  });

  it('asks at most two follow-ups per question', () => {
    const p = plan();
    let s = start(p);
    for (let i = 0; i < 3; i++) s = answer(p, s, `thin ${i}`, T0 + (i + 1) * 1000, thin('numbers', 'tradeoffs')).state;
    expect(s.turns.map((t) => t.kind)).toEqual(['question', 'follow_up', 'follow_up', 'question']);
    expect(s.turns[3]?.questionId).toBe('q2');
  });

  it('scores a follow-up answer together with its parent', () => {
    const p = plan();
    const seen: unknown[] = [];
    let s = start(p);
    s = unwrap(submitAnswer(p, s, { seq: 1, text: 'first' }, T0 + 1000, (_q, a) => (seen.push(a), thin('numbers')))).state;
    s = unwrap(submitAnswer(p, s, { seq: 2, text: 'second' }, T0 + 2000, (_q, a) => (seen.push(a), strong))).state;
    expect(seen).toEqual([
      { text: 'first', previous: [], followUpId: null },
      { text: 'second', previous: ['first'], followUpId: 'q1-f1' },
    ]);
    expect(questionOutcomes(p, s)[0]).toMatchObject({ result: thin('numbers'), followUps: [strong], followUpIds: ['q1-f1'] });
  });

  it('refuses an answer for a turn that is no longer current and changes nothing', () => {
    const p = plan();
    const s = answer(p, start(p), 'one', T0 + 1000).state;
    const r = submitAnswer(p, s, { seq: 1, text: 'late duplicate' }, T0 + 2000, always(strong));
    expect(r).toEqual({ ok: false, error: { kind: 'stale_seq', expected: 2, received: 1 } });
  });

  it('refuses an empty answer and an answer before the start', () => {
    const p = plan();
    expect(submitAnswer(p, start(p), { seq: 1, text: '  ' }, T0, always(strong))).toMatchObject({ error: { kind: 'empty_answer' } });
    expect(submitAnswer(p, newInterview(), { seq: 0, text: 'x' }, T0, always(strong))).toMatchObject({ error: { kind: 'not_started' } });
  });

  it('completes after the last question and emits interview.completed', () => {
    const p = plan();
    let s = start(p);
    const events = [];
    for (let i = 1; i <= 3; i++) {
      const r = answer(p, s, `answer ${i}`, T0 + i * MINUTE);
      s = r.state;
      events.push(...r.events);
    }
    expect(s).toMatchObject({ status: 'completed', endReason: 'all_answered', seq: 3, endedAt: T0 + 3 * MINUTE });
    expect(events).toEqual([{ kind: 'interview.completed', at: T0 + 3 * MINUTE, reason: 'all_answered' }]);
    expect(submitAnswer(p, s, { seq: 3, text: 'more' }, T0 + 4 * MINUTE, always(strong))).toMatchObject({ error: { kind: 'already_over' } });
  });
});

describe('time', () => {
  it('skips follow-ups when the time left only covers the remaining questions', () => {
    const p = plan();
    const s = answer(p, start(p), 'thin', T0 + 17.5 * MINUTE, thin('numbers')).state;
    expect(s.turns[1]).toMatchObject({ kind: 'question', questionId: 'q2' });
  });

  it('keeps an answer that arrives in the grace period, then ends', () => {
    const p = plan();
    const r = answer(p, start(p), 'just in time', T0 + 20 * MINUTE + 20_000);
    expect(r.state).toMatchObject({ status: 'completed', endReason: 'time_up' });
    expect(r.state.turns[0]?.answer).toMatchObject({ text: 'just in time', late: true });
  });

  it('refuses an answer after the grace period', () => {
    const p = plan();
    const r = submitAnswer(p, start(p), { seq: 1, text: 'too late' }, T0 + 21 * MINUTE, always(strong));
    expect(r).toEqual({ ok: false, error: { kind: 'time_up' } });
  });

  it('ends an interview at its deadline once the grace period has passed', () => {
    const p = plan();
    const r = observe(p, start(p), T0 + 25 * MINUTE);
    expect(r.state).toMatchObject({ status: 'completed', endReason: 'time_up', endedAt: T0 + 20 * MINUTE });
    expect(r.events).toEqual([{ kind: 'interview.completed', at: T0 + 20 * MINUTE, reason: 'time_up' }]);
  });

  it('gives an accommodated candidate the extended budget', () => {
    const p = plan({ extraTimeFactor: 1.5 });
    const s = start(p);
    expect(observe(p, s, T0 + 25 * MINUTE).state.status).toBe('in_progress');
    expect(describeInterview(p, s, T0 + 25 * MINUTE).time).toMatchObject({ budgetMs: 30 * MINUTE, leftMs: 5 * MINUTE });
  });
});

describe('resume', () => {
  it('describes the same turn to a candidate who comes back', () => {
    const p = plan();
    const s = answer(p, start(p), 'thin', T0 + MINUTE, thin('numbers')).state;
    const view = describeInterview(p, s, T0 + 10 * MINUTE);
    expect(view).toMatchObject({
      status: 'in_progress', seq: 2, canResume: true, answeredTurns: 1,
      question: { kind: 'follow_up', text: 'What did it change, in numbers?', number: 1, of: 3, followUpNumber: 1 },
      time: { usedMs: 10 * MINUTE, leftMs: 10 * MINUTE },
    });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
