import { describe, expect, it } from 'vitest';
import { loadBank } from '../../bank/index.ts';
import { extractFeatures } from './features/extract.ts';
import { referenceOfBankQuestion } from './rubric/reference.ts';
import { analyse } from './text/analyse.ts';

const bank = loadBank();
const held = (questionId: string, text: string): string[] => {
  const q = bank.find((b) => b.id === questionId)!;
  return extractFeatures(analyse(text), referenceOfBankQuestion(q)).misconceptions.map((m) => m.id);
};

describe('misconceptions are matched by meaning, with negation and criticism honoured', () => {
  it('finds the timestamp belief however it is worded', () => {
    for (const text of [
      'We put a timestamp on each write: timestamps order the writes correctly, so the newest one wins.',
      'The clock tells us which write came last, so we keep that one.',
      'Since timestamps order the writes, the newest change always wins and nothing gets lost.',
    ]) expect(held('be-lost-update', text), text).toContain('timestamps-total-order');
  });

  it('does not find it in the right fix that only shares a light verb with it ("add one with an UPDATE")', () => {
    for (const text of [
      'Both instances read the same count and write back, so one increment is lost. Fix: we\'ll add one with an UPDATE statement in the database instead of reading first.',
      'We will add a version column and set it in every conditional update.',
    ]) expect(held('be-lost-update', text), text).not.toContain('timestamps-total-order');
    expect(held('be-lost-update', 'We\'ll add an updated_at and keep the latest one.')).toContain('timestamps-total-order');
  });

  it('does not find it where the answer denies or criticises it', () => {
    for (const text of [
      'Timestamps alone do not order writes, because clocks on different servers drift.',
      'The clock cannot tell us which write came last, because clocks drift.',
      'Keeping the newest timestamp looks safe, but clock skew silently drops one of two concurrent writes.',
    ]) expect(held('be-lost-update', text), text).not.toContain('timestamps-total-order');
  });

  it('holds a belief of sufficiency only when the answer says the one step suffices', () => {
    expect(held('be-scaling-api', 'Kubernetes handles the load for you, so going to 50,000 requests is just a matter of letting the cluster grow.'))
      .toContain('just-add-servers');
    expect(held('be-scaling-api', 'Profile first; scale the stateless tier horizontally with autoscaling; add read replicas and pooled connections; load-test past the target.'))
      .not.toContain('just-add-servers');
  });

  it('finds none in any sample answer of the bank', () => {
    for (const q of bank) {
      for (const [level, answer] of Object.entries(q.sampleAnswers)) expect(held(q.id, answer), `${q.id} ${level}`).toEqual([]);
    }
  });
});
