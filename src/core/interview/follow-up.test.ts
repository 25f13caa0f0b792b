import { describe, expect, it } from 'vitest';
import { chooseFollowUp } from './follow-up.ts';
import { question, strong, thin } from './conductor.fixtures.ts';

const q = question('cart', [['numbers', 'How much faster?'], ['tradeoffs', 'What did it cost?'], ['any', 'Tell me more.']]);

describe('chooseFollowUp', () => {
  it('takes the follow-up for the first gap that one addresses', () => {
    expect(chooseFollowUp(q, thin('situation', 'tradeoffs', 'numbers'), [], 4)?.id).toBe('cart-f2');
  });

  it('skips follow-ups already asked', () => {
    expect(chooseFollowUp(q, thin('tradeoffs', 'numbers'), ['cart-f2'], 4)?.id).toBe('cart-f1');
  });

  it('falls back to the "any" follow-up when no gap is addressed', () => {
    expect(chooseFollowUp(q, thin('situation'), [], 4)?.id).toBe('cart-f3');
  });

  it('asks nothing of an answer without gaps', () => {
    expect(chooseFollowUp(q, { score: 3, gaps: [] }, [], 4)).toBeNull();
  });

  it('asks nothing of an answer scoring above the threshold, even with gaps', () => {
    expect(chooseFollowUp(q, { ...strong, gaps: [{ code: 'numbers', text: '' }] }, [], 4)).toBeNull();
  });

  it('follows up an unscorable answer that has gaps', () => {
    expect(chooseFollowUp(q, { score: null, gaps: [{ code: 'numbers', text: '' }] }, [], 4)?.id).toBe('cart-f1');
  });

  it('returns null when every matching follow-up was asked', () => {
    expect(chooseFollowUp(q, thin('numbers'), ['cart-f1', 'cart-f3'], 4)).toBeNull();
  });
});
