import { describe, expect, it } from 'vitest';
import { exploreInterleavings, gradeFix } from '../../../core/lab/index.ts';
import type { LabConfig } from '../../../core/lab/index.ts';
import { culpritSteps, lanesOf, laneTitle, showView, storeChanges, type LabTrace } from './trace-view.ts';

function failing(config: LabConfig): LabTrace {
  const result = exploreInterleavings(config);
  if (!result.ok || !result.value.shortestFailing) throw new Error('expected a failing schedule');
  return result.value.shortestFailing as LabTrace;
}

describe('the lab trace view', () => {
  it('marks the write that loses an update, and shows a same-value write as 1 → 1', () => {
    const trace = failing({ scenario: 'counter', strategy: 'read-modify-write', faults: ['race'], clients: 2 });
    expect(lanesOf(trace)).toEqual(['A', 'B']);
    expect([...culpritSteps(trace)]).toEqual([[4, 'lost-update']]);
    expect(storeChanges(trace.steps[3]!)).toEqual([{ entity: 'count', before: '1', after: '1', changed: false }]);
    expect(storeChanges(trace.steps[0]!)).toEqual([]);
  });

  it('marks the refusal of the newer action under clock skew', () => {
    const verdict = gradeFix('document', 'last-write-wins-timestamps').verdicts.find((v) => v.faults.includes('clock-skew'));
    const trace = (verdict as { trace: LabTrace }).trace;
    expect([...culpritSteps(trace)]).toEqual([[3, 'dropped-newer']]);
    expect(laneTitle('B', 'document')).toBe('Editor B');
    expect(showView(trace.expected)).toBe('status = "approved", title = "Q3 plan (final)"');
  });

  it('gives the queue consumer its own lane and marks the second effect of a resent request', () => {
    const trace = failing({ scenario: 'cart', strategy: 'single-queue', faults: ['retry'] });
    expect(lanesOf(trace)).toEqual(['A', 'B', 'queue consumer']);
    const marks = culpritSteps(trace);
    expect(marks.size).toBe(1);
    const [t, kind] = [...marks][0]!;
    expect(kind).toBe('second-effect');
    expect(trace.steps[t - 1]!.action).toContain('A1 (retry)');
  });

  it('falls back to the step that wrote a wrong final value (arrival is not order)', () => {
    const trace = failing({ scenario: 'cart', strategy: 'read-modify-write', faults: ['reorder'] });
    const marks = [...culpritSteps(trace)];
    expect(marks).toHaveLength(1);
    expect(marks[0]![1]).toBe('wrong-last-word');
    expect(trace.steps[marks[0]![0] - 1]!.event.kind).toBe('write');
  });

  it('marks nothing in a correct trace', () => {
    const trace = failing({ scenario: 'counter', strategy: 'read-modify-write', faults: ['race'], clients: 2 });
    expect(culpritSteps({ ...trace, correct: true }).size).toBe(0);
  });
});
