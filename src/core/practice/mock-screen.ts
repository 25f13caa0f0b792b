import type { Question } from '../bank/question.ts';
import { brokenRules, checkComposition, LIMITS, type RuleCheck } from '../screens/composition.ts';

/** A practice mock screen's fixed settings: a usual budget, and the practice pass mark. */
export const MOCK_SCREEN = { questions: LIMITS.minQuestions, timeBudgetMinutes: 25, passThreshold: 60 } as const;

/** What a mock screen needs to know of a question. */
export type MockCandidate = Pick<Question, 'id' | 'type' | 'parentId'>;

export type MockScreenResult<Q extends MockCandidate = Question> =
  | { readonly ok: true; readonly questions: readonly Q[] }
  | { readonly ok: false; readonly broken: readonly RuleCheck[] };

/** A random source in [0, 1); pass a seeded one for a repeatable pick. */
export type Random = () => number;

/**
 * Picks six questions that a real screen could ask: one on experience, two
 * behavioral, one situational or motivation, two more of any kind, never a
 * question that only deepens another (design-story follow-ups). The pick is
 * checked with the same composition rules the screen builder uses.
 */
export function pickMockScreen<Q extends MockCandidate>(pool: readonly Q[], random: Random = Math.random): MockScreenResult<Q> {
  const open = shuffle(pool.filter((q) => q.parentId === undefined), random);
  const chosen: Q[] = [];
  const take = (wanted: (q: Q) => boolean, count: number) => {
    for (const q of open) {
      if (count === 0) return;
      if (!chosen.includes(q) && wanted(q)) {
        chosen.push(q);
        count--;
      }
    }
  };
  take((q) => q.type === 'experience', 1);
  take((q) => q.type === 'behavioral', LIMITS.minBehavioral);
  take((q) => q.type === 'situational' || q.type === 'motivation', 1);
  take(() => true, MOCK_SCREEN.questions - chosen.length);
  const checks = checkMockScreen(chosen);
  const broken = brokenRules(checks);
  return broken.length === 0 ? { ok: true, questions: orderLikeAScreen(chosen) } : { ok: false, broken };
}

/** The composition rules, applied to a practice set with the mock screen's budget and threshold. */
export function checkMockScreen(questions: readonly Pick<Question, 'id' | 'type'>[]): RuleCheck[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return checkComposition(
    { questionIds: questions.map((q) => q.id), timeBudgetMinutes: MOCK_SCREEN.timeBudgetMinutes, passThreshold: MOCK_SCREEN.passThreshold },
    (id) => byId.get(id),
  );
}

/** Background first, then behavioral, situational, technical, motivation last: the order of a real call. */
const ORDER: Record<Question['type'], number> = { experience: 0, behavioral: 1, situational: 2, technical: 3, general: 4, motivation: 5 };

function orderLikeAScreen<Q extends MockCandidate>(questions: readonly Q[]): Q[] {
  return [...questions].sort((a, b) => ORDER[a.type] - ORDER[b.type]);
}

function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
