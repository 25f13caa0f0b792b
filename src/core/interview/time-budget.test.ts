import { describe, expect, it } from 'vitest';
import { startInterview, newInterview } from './conductor.ts';
import { effectiveBudgetMs, isPastGrace, timeAllowsFollowUp, timeReport } from './time-budget.ts';
import { MINUTE, T0, plan } from './conductor.fixtures.ts';

function started(p = plan()) {
  const r = startInterview(p, newInterview(), T0);
  if (!r.ok) throw new Error('start failed');
  return r.value.state;
}

describe('time budget', () => {
  it('extends the budget by the extra-time factor', () => {
    expect(effectiveBudgetMs(plan({ extraTimeFactor: 1.5 }))).toBe(30 * MINUTE);
    expect(effectiveBudgetMs(plan())).toBe(20 * MINUTE);
  });

  it('reports time used and left by the clock passed in, never below zero', () => {
    const s = started();
    expect(timeReport(plan(), s, T0 + 5 * MINUTE)).toEqual({ budgetMs: 20 * MINUTE, usedMs: 5 * MINUTE, leftMs: 15 * MINUTE, inGrace: false });
    expect(timeReport(plan(), s, T0 + 20 * MINUTE + 10_000)).toMatchObject({ leftMs: 0, inGrace: true });
    expect(timeReport(plan(), s, T0 + 40 * MINUTE)).toMatchObject({ leftMs: 0, inGrace: false });
  });

  it('shows the full budget before the start', () => {
    expect(timeReport(plan(), newInterview(), T0)).toMatchObject({ usedMs: 0, leftMs: 20 * MINUTE });
  });

  it('passes the grace period only after deadline + grace', () => {
    const s = started();
    expect(isPastGrace(plan(), s, T0 + 20 * MINUTE + 30_000)).toBe(false);
    expect(isPastGrace(plan(), s, T0 + 20 * MINUTE + 30_001)).toBe(true);
  });

  it('allows a follow-up only while the time left covers the questions still to ask', () => {
    const s = started();
    // 3 questions still to ask + the follow-up = 4 minutes needed.
    expect(timeAllowsFollowUp(plan(), s, 3, T0 + 16 * MINUTE)).toBe(true);
    expect(timeAllowsFollowUp(plan(), s, 3, T0 + 16 * MINUTE + 1)).toBe(false);
  });
});
