import { describe, expect, it } from 'vitest';
import { loadBank } from '../../bank/index.ts';
import { brokenRules } from '../screens/composition.ts';
import { checkMockScreen, MOCK_SCREEN, pickMockScreen } from './mock-screen.ts';

const bank = loadBank().filter((q) => q.bank !== 'custom');

/** A small seeded generator, so every pick is repeatable. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('a mock screen', () => {
  it('keeps the composition rules of a real screen, whatever the shuffle', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const pick = pickMockScreen(bank, seeded(seed));
      if (!pick.ok) throw new Error(`seed ${seed}: ${pick.broken.map((b) => b.message).join('; ')}`);
      expect(pick.questions).toHaveLength(MOCK_SCREEN.questions);
      expect(brokenRules(checkMockScreen(pick.questions))).toEqual([]);
      expect(pick.questions.every((q) => q.parentId === undefined)).toBe(true);
    }
  });

  it('starts with background and asks distinct questions', () => {
    const pick = pickMockScreen(bank, seeded(7));
    if (!pick.ok) throw new Error('expected a pick');
    expect(pick.questions[0]!.type).toBe('experience');
    expect(new Set(pick.questions.map((q) => q.id)).size).toBe(6);
  });

  it('reports the broken rules when the pool cannot make a screen', () => {
    const technicalOnly = bank.filter((q) => q.type === 'technical');
    const pick = pickMockScreen(technicalOnly, seeded(1));
    expect(pick.ok).toBe(false);
    if (!pick.ok) expect(pick.broken.map((b) => b.rule)).toEqual(['experience-question', 'behavioral-questions', 'situational-or-motivation']);
  });
});
