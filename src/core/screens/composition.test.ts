import { describe, expect, it } from 'vitest';
import type { QuestionType } from '../bank/question.ts';
import { brokenRules, checkComposition, type ScreenComposition } from './composition.ts';

const types: Record<string, QuestionType> = {
  exp: 'experience', beh1: 'behavioral', beh2: 'behavioral', beh3: 'behavioral',
  sit: 'situational', mot: 'motivation', tech1: 'technical', tech2: 'technical',
  tech3: 'technical', gen1: 'general', gen2: 'general',
};
const lookup = (id: string) => (types[id] ? { type: types[id] } : undefined);
const valid: ScreenComposition = {
  questionIds: ['exp', 'beh1', 'beh2', 'sit', 'tech1', 'tech2'],
  timeBudgetMinutes: 20,
  passThreshold: 60,
};
const broken = (s: ScreenComposition) => brokenRules(checkComposition(s, lookup)).map((c) => c.rule);

describe('screen composition rules', () => {
  it('accepts a screen that follows every rule and reports each rule as held', () => {
    const checks = checkComposition(valid, lookup);
    expect(checks.every((c) => c.ok)).toBe(true);
    expect(checks).toHaveLength(8);
  });

  it('refuses fewer than 6 and more than 8 questions', () => {
    expect(broken({ ...valid, questionIds: ['exp', 'beh1', 'beh2', 'sit', 'tech1'] })).toEqual(['question-count']);
    const nine = [...valid.questionIds, 'tech3', 'gen1', 'gen2'];
    expect(broken({ ...valid, questionIds: nine })).toEqual(['question-count']);
  });

  it('allows up to 10 questions and 60 minutes only with a recorded override', () => {
    const ten = [...valid.questionIds, 'tech3', 'gen1', 'gen2', 'mot'];
    expect(broken({ ...valid, questionIds: ten, timeBudgetMinutes: 45, override: { reason: 'staff role' } })).toEqual([]);
    expect(broken({ ...valid, questionIds: [...ten, 'beh3'], override: { reason: 'staff role' } })).toEqual(['question-count']);
    expect(broken({ ...valid, timeBudgetMinutes: 61, override: { reason: 'staff role' } })).toEqual(['time-budget']);
    expect(broken({ ...valid, timeBudgetMinutes: 45, override: { reason: '  ' } })).toEqual(['time-budget']);
  });

  it('requires an experience question', () => {
    expect(broken({ ...valid, questionIds: ['tech3', 'beh1', 'beh2', 'sit', 'tech1', 'tech2'] })).toEqual(['experience-question']);
  });

  it('requires two behavioral questions', () => {
    expect(broken({ ...valid, questionIds: ['exp', 'beh1', 'tech3', 'sit', 'tech1', 'tech2'] })).toEqual(['behavioral-questions']);
  });

  it('requires a situational or a motivation question, either one', () => {
    expect(broken({ ...valid, questionIds: ['exp', 'beh1', 'beh2', 'tech3', 'tech1', 'tech2'] })).toEqual(['situational-or-motivation']);
    expect(broken({ ...valid, questionIds: ['exp', 'beh1', 'beh2', 'mot', 'tech1', 'tech2'] })).toEqual([]);
  });

  it('requires a time budget of 15–30 minutes', () => {
    expect(broken({ ...valid, timeBudgetMinutes: 14 })).toEqual(['time-budget']);
    expect(broken({ ...valid, timeBudgetMinutes: 31 })).toEqual(['time-budget']);
    expect(broken({ ...valid, timeBudgetMinutes: null })).toEqual(['time-budget']);
    expect(broken({ ...valid, timeBudgetMinutes: 15 })).toEqual([]);
    expect(broken({ ...valid, timeBudgetMinutes: 30 })).toEqual([]);
  });

  it('requires a whole-number pass threshold from 0 to 100', () => {
    expect(broken({ ...valid, passThreshold: undefined })).toEqual(['pass-threshold']);
    expect(broken({ ...valid, passThreshold: 101 })).toEqual(['pass-threshold']);
    expect(broken({ ...valid, passThreshold: 0 })).toEqual([]);
  });

  it('refuses unknown and repeated questions', () => {
    expect(broken({ ...valid, questionIds: ['exp', 'beh1', 'beh2', 'sit', 'tech1', 'nope'] })).toEqual(['known-questions']);
    expect(broken({ ...valid, questionIds: ['exp', 'beh1', 'beh2', 'sit', 'tech1', 'tech1'] })).toEqual(['distinct-questions']);
  });
});
