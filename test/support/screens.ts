import type { QuestionType } from '../../src/core/bank/index.ts';
import { testBank } from './test-app.ts';

function idsOf(type: QuestionType, count: number): string[] {
  const ids = testBank().filter((q) => q.type === type && q.parentId === undefined).map((q) => q.id).slice(0, count);
  if (ids.length < count) throw new Error(`the bank needs ${count} ${type} question(s) for the tests`);
  return ids;
}

/** Six question ids that satisfy every composition rule. */
export function validQuestionIds(): string[] {
  return [...idsOf('experience', 1), ...idsOf('behavioral', 2), ...idsOf('situational', 1), ...idsOf('technical', 2)];
}

export function validScreenBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Backend engineer screen',
    role: 'Backend engineer, payments',
    questions: validQuestionIds().map((questionId) => ({ questionId })),
    timeBudgetMinutes: 20,
    passThreshold: 60,
    ...overrides,
  };
}

export { idsOf };
