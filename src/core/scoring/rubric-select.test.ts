import { describe, expect, it } from 'vitest';
import { loadBank } from '../../bank/index.ts';
import { createBuiltinScorer } from './index.ts';

const bank = loadBank();
const scorer = createBuiltinScorer({ bank });
const answer = 'Keys are hashed onto a ring and each node owns the arc before it, so adding a node only moves its neighbour’s keys.';

describe('which rubric a free-text question is scored against', () => {
  it('is the bank question when the text is clearly the same question', () => {
    const r = scorer.scoreAnswer({ question: { text: 'How does a distributed hash table work?', type: 'technical' }, answer });
    expect(r.rubric).toMatchObject({ source: 'bank', questionId: 'ds-dht' });
  });

  it('is the generic rubric of the type otherwise, with a different hash', () => {
    const r = scorer.scoreAnswer({ question: { text: 'Tell me about a time you mentored a colleague.', type: 'behavioral' }, answer });
    expect(r.rubric.source).toBe('generic');
    expect(r.rubric.questionId).toBeUndefined();
    const other = scorer.scoreAnswer({ question: { text: 'Why do you want to leave your job?', type: 'motivation' }, answer });
    expect(other.rubric.hash).not.toBe(r.rubric.hash);
  });

  it('never matches a bank question of another type', () => {
    const r = scorer.scoreAnswer({ question: { text: 'How does a distributed hash table work?', type: 'motivation' }, answer });
    expect(r.rubric.source).toBe('generic');
  });

  it('judges a free-text follow-up against its parent bank question', () => {
    const dht = bank.find((q) => q.id === 'ds-dht')!;
    const r = scorer.scoreAnswer({
      question: { text: 'And what happens when a node joins?', type: 'technical' },
      answer,
      parent: { question: dht, answer: 'A DHT spreads keys over nodes.' },
    });
    expect(r.rubric).toMatchObject({ source: 'bank', questionId: 'ds-dht' });
  });

  it('needs several shared content words: a single shared word is not the same question', () => {
    for (const text of ['Why this role?', 'Tell me about consistency.', 'What about latency?']) {
      for (const type of ['motivation', 'technical'] as const) {
        expect(scorer.scoreAnswer({ question: { text, type }, answer }).rubric.source, text).toBe('generic');
      }
    }
  });

  it('still matches a reworded bank question that shares its content words', () => {
    const r = scorer.scoreAnswer({ question: { text: 'How would you explain how a distributed hash table works?', type: 'technical' }, answer });
    expect(r.rubric).toMatchObject({ source: 'bank', questionId: 'ds-dht' });
  });
});
