import { describe, expect, it } from 'vitest';
import { gradeFix } from './grade.ts';
import type { ScenarioId, StrategyId } from './types.ts';

/** scenario, strategy, then the verdict per graded fault model, then overall. */
const TABLE: ReadonlyArray<[ScenarioId, StrategyId, Record<string, 'correct' | 'wrong'>, boolean]> = [
  // "Every acknowledged increment counts exactly once": a retried increment counts twice unless the fix knows it.
  ['counter', 'read-modify-write', { race: 'wrong', retry: 'wrong' }, false],
  ['counter', 'transaction-only', { race: 'wrong', retry: 'wrong' }, false],
  ['counter', 'atomic-increment', { race: 'correct', retry: 'wrong' }, false],
  ['counter', 'optimistic-cas', { race: 'correct', retry: 'wrong' }, false],
  ['counter', 'single-queue', { race: 'correct', retry: 'wrong' }, false],
  ['counter', 'last-write-wins-timestamps', { race: 'wrong', retry: 'wrong' }, false],
  ['counter', 'idempotency-key', { race: 'correct', retry: 'correct' }, true],
  ['counter', 'sequence-numbers', { race: 'correct', retry: 'correct' }, true],
  ['payment', 'read-modify-write', { retry: 'wrong', 'race+retry': 'wrong' }, false],
  ['payment', 'atomic-increment', { retry: 'wrong', 'race+retry': 'wrong' }, false],
  ['payment', 'optimistic-cas', { retry: 'wrong', 'race+retry': 'wrong' }, false],
  ['payment', 'single-queue', { retry: 'wrong', 'race+retry': 'wrong' }, false],
  ['payment', 'idempotency-key', { retry: 'correct', 'race+retry': 'correct' }, true],
  ['payment', 'last-write-wins-timestamps', { retry: 'wrong', 'race+retry': 'wrong' }, false],
  ['document', 'sequence-numbers', { reorder: 'correct', 'clock-skew': 'correct', retry: 'correct' }, true],
  ['document', 'last-write-wins-timestamps', { reorder: 'correct', 'clock-skew': 'wrong', retry: 'wrong' }, false],
  ['document', 'read-modify-write', { reorder: 'wrong', 'clock-skew': 'correct', retry: 'wrong' }, false],
  ['document', 'optimistic-cas', { reorder: 'wrong', 'clock-skew': 'correct', retry: 'wrong' }, false],
  ['document', 'idempotency-key', { reorder: 'wrong', 'clock-skew': 'correct', retry: 'correct' }, false],
  ['document', 'single-queue', { reorder: 'wrong', 'clock-skew': 'correct', retry: 'wrong' }, false],
  ['cart', 'read-modify-write', { race: 'wrong', reorder: 'wrong', retry: 'wrong' }, false],
  ['cart', 'atomic-increment', { race: 'correct', reorder: 'wrong', retry: 'wrong' }, false],
  ['cart', 'idempotency-key', { race: 'correct', reorder: 'wrong', retry: 'correct' }, false],
  ['cart', 'sequence-numbers', { race: 'correct', reorder: 'correct', retry: 'correct' }, true],
];

describe('gradeFix', () => {
  it.each(TABLE)('%s with %s', (scenario, strategy, verdicts, pass) => {
    const grade = gradeFix(scenario, strategy);
    expect(Object.fromEntries(grade.verdicts.map((v) => [v.faults.join('+'), v.kind]))).toEqual(verdicts);
    expect(grade.pass).toBe(pass);
  });

  it('attaches the shortest failing trace and its explanation to a wrong verdict', () => {
    const verdict = gradeFix('document', 'last-write-wins-timestamps').verdicts.find((v) => v.faults.includes('clock-skew'))!;
    expect(verdict.kind).toBe('wrong');
    if (verdict.kind !== 'wrong') return;
    expect(verdict.explanation.concept).toBe('clock-skew');
    expect(verdict.trace.skews).toEqual({ A: 0, B: -250 });
    expect(verdict.trace.final).toEqual({ title: 'Q3 plan (final)', status: 'draft' });
  });

  it('reports what a working strategy costs', () => {
    expect(gradeFix('counter', 'optimistic-cas').costNotes[0]).toMatch(/up to 1 retry in one schedule/);
    expect(gradeFix('counter', 'single-queue').costNotes[0]).toMatch(/waits for those ahead of it: up to \d+ step\(s\) in the queue; one consumer caps throughput/);
  });
});
