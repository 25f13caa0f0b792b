import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateFeedback, type FeedbackQuestion } from './index.ts';
import { FALLBACK_GAPS, GAP_BY_CODE, GAP_BY_FLAG, STRENGTH_BY_RULE, UNANSWERED_GAP } from './phrases.ts';

const question = (overrides: Partial<FeedbackQuestion> = {}): FeedbackQuestion => ({
  topic: 'Eventual consistency',
  concepts: [{ id: 'conflict-resolution', label: 'Conflict resolution such as vector clocks or CRDTs' }],
  answered: true,
  evidence: [],
  gaps: [],
  flags: [],
  ...overrides,
});

describe('candidate feedback', () => {
  it('names the strengths seen in most answers first, in plain words', () => {
    const feedback = candidateFeedback([
      question({ evidence: [{ rule: 'result', effect: '+0.50 result' }, { rule: 'personal-action', effect: '+0.33 personal-actions' }] }),
      question({ evidence: [{ rule: 'result', effect: '+0.25 result' }, { rule: 'numbers', effect: '+0.80 numbers' }] }),
      question({ evidence: [{ rule: 'tradeoff', effect: '+0.20 tradeoffs' }] }),
    ]);
    expect(feedback.strengths).toEqual([
      'You said how your examples turned out.',
      'You backed your points with concrete measurements.',
      'You described what you personally did, not only what the team did.',
    ]);
  });

  it('turns gap codes, concept gaps and flags into advice, the most common first', () => {
    const feedback = candidateFeedback([
      question({ gaps: [{ code: 'numbers' }, { code: 'concept:conflict-resolution' }] }),
      question({ gaps: [{ code: 'numbers' }], flags: [{ code: 'one-liner' }] }),
    ]);
    expect(feedback.gaps).toEqual([
      GAP_BY_CODE.numbers,
      'When explaining “Eventual consistency”, cover conflict resolution such as vector clocks or CRDTs.',
      GAP_BY_FLAG['one-liner'],
    ]);
  });

  it('ignores caps, bands, removed text and negative effects as strengths', () => {
    const feedback = candidateFeedback([
      question({
        evidence: [
          { rule: 'we-not-i', effect: '-0.40 personal-actions' },
          { rule: 'no-result', effect: 'cap:2' },
          { rule: 'exemplar:senior', effect: 'band:3-4' },
          { rule: 'grader-instructions', effect: 'removed' },
          { rule: 'hedging', effect: '-0.20 precision' },
        ],
      }),
    ]);
    expect(feedback.strengths).toEqual(['You answered every question.', 'You completed the screening.']);
  });

  it('says an unanswered question cannot earn credit, and does not claim every question was answered', () => {
    const feedback = candidateFeedback([question(), question({ answered: false })]);
    expect(feedback.gaps[0]).toBe(UNANSWERED_GAP);
    expect(feedback.strengths).not.toContain('You answered every question.');
    expect(feedback.strengths).toHaveLength(2);
  });

  it('tops up to two gaps from general advice when the answers left little to say', () => {
    expect(candidateFeedback([question()]).gaps).toEqual([...FALLBACK_GAPS]);
  });

  it('leaves out rubric labels that hold a number', () => {
    const feedback = candidateFeedback([
      question({ topic: 'Scaling to 50,000 requests per second', gaps: [{ code: 'concept:p99' }], concepts: [{ id: 'p99', label: 'P99 latency budgets' }] }),
    ]);
    expect(feedback.gaps).toContain('Cover the key technical ideas more fully.');
  });
});

const rules = [...Object.keys(STRENGTH_BY_RULE), 'concept-claim', 'concept-term', 'we-not-i', 'exemplar:mid', 'flag:one-liner', 'hedging'];
const codes = [...Object.keys(GAP_BY_CODE), 'any', 'concept:a', 'concept:b', 'concept:unknown'];
const flags = [...Object.keys(GAP_BY_FLAG), 'grader-instructions', 'language-not-supported'];
const arbitraryQuestion = fc.record({
  topic: fc.string({ maxLength: 40 }),
  concepts: fc.array(fc.record({ id: fc.constantFrom('a', 'b'), label: fc.string({ maxLength: 30 }) }), { maxLength: 2 }),
  answered: fc.boolean(),
  evidence: fc.array(fc.record({ rule: fc.constantFrom(...rules), effect: fc.oneof(fc.double({ min: -1, max: 1, noNaN: true }).map((n) => `${n >= 0 ? '+' : ''}${n.toFixed(2)} x`), fc.constant('cap:2')) }), { maxLength: 8 }),
  gaps: fc.array(fc.record({ code: fc.constantFrom(...codes) }), { maxLength: 5 }),
  flags: fc.array(fc.record({ code: fc.constantFrom(...flags) }), { maxLength: 2 }),
});

describe('candidate feedback, for any results', () => {
  it('gives two or three strengths and two or three gaps, with no digit anywhere', () => {
    fc.assert(
      fc.property(fc.array(arbitraryQuestion, { minLength: 1, maxLength: 10 }), (qs) => {
        const f = candidateFeedback(qs);
        expect(f.strengths.length).toBeGreaterThanOrEqual(2);
        expect(f.strengths.length).toBeLessThanOrEqual(3);
        expect(f.gaps.length).toBeGreaterThanOrEqual(2);
        expect(f.gaps.length).toBeLessThanOrEqual(3);
        expect([...f.strengths, ...f.gaps].join(' ')).not.toMatch(/\d/);
        expect(new Set(f.strengths).size).toBe(f.strengths.length);
      }),
    );
  });

  it('is deterministic: the same results give the same feedback', () => {
    fc.assert(fc.property(fc.array(arbitraryQuestion, { maxLength: 8 }), (qs) => {
      expect(candidateFeedback(qs)).toEqual(candidateFeedback(structuredClone(qs)));
    }));
  });
});
