import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../bank/index.ts';
import { createBuiltinScorer } from './index.ts';

const bank = loadBank();
const scorer = createBuiltinScorer({ bank });
const levels = ['junior', 'mid', 'senior', 'staff'] as const;
const score = (q: (typeof bank)[number], answer: string) => scorer.scoreAnswer({ calibration: true, question: q, answer }).score ?? 0;
const sampleArb = fc.tuple(fc.constantFrom(...bank), fc.constantFrom(...levels));

describe('repetition', () => {
  it('repeating an answer k times never raises its score', () => {
    fc.assert(
      fc.property(sampleArb, fc.integer({ min: 2, max: 6 }), fc.constantFrom(' ', '\n\n'), ([q, level], k, sep) => {
        const answer = q.sampleAnswers[level];
        const repeated = Array.from({ length: k }, () => answer).join(sep);
        const r = scorer.scoreAnswer({ calibration: true, question: q, answer: repeated });
        expect(r.score ?? 0).toBeLessThanOrEqual(score(q, answer));
        expect(r.flags.map((f) => f.code)).toContain('repetition');
      }),
      { numRuns: 40, seed: 21 },
    );
  });

  it('a sentence pasted many times is a one-liner, flagged, at most 2', () => {
    const q = bank.find((b) => b.id === 'ds-dht')!;
    const r = scorer.scoreAnswer({ calibration: true, question: q, answer: Array(12).fill('Consistent hashing spreads keys across nodes.').join(' ') });
    expect(r.score).toBeLessThanOrEqual(2);
    expect(r.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['repetition', 'one-liner']));
  });
});

/** Text of the question and its rubric a candidate could paste around an answer. */
function rubricPieces(q: (typeof bank)[number]): string[] {
  return [
    q.text,
    q.anchors['5'],
    q.signals.join('. ') + '.',
    q.concepts.flatMap((c) => c.terms).join(', ') + '.',
    q.concepts.map((c) => c.label).join(', ') + '.',
    q.concepts.flatMap((c) => c.claims).slice(0, 3).join('. ') + '.',
  ];
}

describe('text copied from the question or its rubric', () => {
  it('never raises a score, prepended or appended, on any sample answer or a weak one', () => {
    fc.assert(
      fc.property(sampleArb, fc.nat(5), fc.boolean(), ([q, level], which, before) => {
        const piece = rubricPieces(q)[which]!;
        for (const answer of [q.sampleAnswers[level], 'It depends on the system, I would look into it.']) {
          const padded = before ? `${piece} ${answer}` : `${answer} ${piece}`;
          expect(score(q, padded), padded).toBeLessThanOrEqual(score(q, answer));
        }
      }),
      { numRuns: 60, seed: 23 },
    );
  });
});

describe('copies in disguise', () => {
  const lostUpdate = bank.find((b) => b.id === 'be-lost-update')!;
  const claims = lostUpdate.concepts.flatMap((c) => c.claims);
  /** A filler word slipped in after every second word: the word pairs break, the copy does not. */
  const padded = (text: string, filler: string) => text.split(' ').map((w, i) => (i % 2 === 1 ? `${w} ${filler}` : w)).join(' ');

  it('the rubric\'s claims with a filler word every second word are still a copy: removed, flagged, not scored', () => {
    for (const filler of ['really', 'basically', 'honestly']) {
      const r = scorer.scoreAnswer({ calibration: true, question: lostUpdate, answer: claims.map((c) => padded(c, filler)).join(' ') });
      expect(r.score, filler).toBe(1);
      expect(r.flags.map((f) => f.code)).toEqual(['copied-rubric']);
    }
  });

  it('says a pasted rubric was copied, not that the answer was one line long', () => {
    const r = scorer.scoreAnswer({ calibration: true, question: lostUpdate, answer: lostUpdate.anchors['5'] });
    expect(r.flags.map((f) => f.code)).toEqual(['copied-rubric']);
  });

  it('a wrong belief in the rubric\'s own words is judged as wrong, not removed as a copy', () => {
    const belief = lostUpdate.misconceptions[0]!;
    const strong = lostUpdate.sampleAnswers.senior;
    const r = scorer.scoreAnswer({ calibration: true, question: lostUpdate, answer: `${belief.claim} ${strong}` });
    expect(r.evidence.some((e) => e.rule === `misconception:${belief.id}`)).toBe(true);
    expect(r.score ?? 0).toBeLessThan(score(lostUpdate, strong));
  });
});

/**
 * Practice mode shows every question's sample answers, so a candidate can
 * paste one into a real screen: the copy is removed like a rubric copy and
 * earns nothing. `calibration` (the engine scoring its own samples) is the
 * only way past it, and no API sets it.
 */
describe('sample answers copied into a screen', () => {
  const samples = bank.flatMap((q) => levels.map((level) => ({ q, level, answer: q.sampleAnswers[level] })));
  const asCandidate = (q: (typeof bank)[number], answer: string) => scorer.scoreAnswer({ question: q, answer });

  it('scores every sample of every question pasted as it is 1, flagged as copied from the samples, each sentence cited', () => {
    for (const { q, level, answer } of samples) {
      const r = asCandidate(q, answer);
      expect(r.score, `${q.id} ${level}`).toBe(1);
      expect(r.flags.find((f) => f.code === 'copied-rubric')?.message, `${q.id} ${level}`).toMatch(/sample answers/);
      expect(r.evidence.some((e) => e.rule === 'sample-echo'), `${q.id} ${level}`).toBe(true);
      expect(r.confidence).toBe('low');
    }
  });

  it('sees through a filler word slipped in every third word of a senior or staff sample', () => {
    const fill = (text: string) => text.split(' ').map((w, i) => (i % 3 === 2 ? `${w} basically` : w)).join(' ');
    for (const { q, level, answer } of samples.filter((s) => s.level === 'senior' || s.level === 'staff')) {
      expect(asCandidate(q, fill(answer)).score, `${q.id} ${level}`).toBeLessThanOrEqual(2);
    }
  });

  it('keeps the candidate\'s own sentences: a pasted sample sentence adds nothing to them', () => {
    const q = bank.find((b) => b.id === 'be-lost-update')!;
    const own = 'Two requests read the same stock count, both subtract one and both write back, so one decrement is lost. '
      + 'I would make the write conditional on the version that was read and retry the read-modify-write when it fails.';
    const pasted = q.sampleAnswers.staff.split(/(?<=[.!?])\s+/)[0]!;
    const mixed = asCandidate(q, `${own} ${pasted}`);
    expect(mixed.score).toBe(asCandidate(q, own).score);
    expect(mixed.evidence.filter((e) => e.rule === 'sample-echo').map((e) => e.quote)).toEqual([pasted]);
  });
});
