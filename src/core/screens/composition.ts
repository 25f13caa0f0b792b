import type { Question, QuestionType } from '../bank/question.ts';

/** The rules of a fair pre-screen (BRIEF §2), checked on every save. */
export type CompositionRule =
  | 'question-count'
  | 'known-questions'
  | 'distinct-questions'
  | 'experience-question'
  | 'behavioral-questions'
  | 'situational-or-motivation'
  | 'time-budget'
  | 'pass-threshold';

export interface RuleCheck {
  readonly rule: CompositionRule;
  readonly ok: boolean;
  /** The input field the rule is about, as an API error path. */
  readonly field: string;
  readonly message: string;
}

export interface ScreenComposition {
  readonly questionIds: readonly string[];
  readonly timeBudgetMinutes: number | null | undefined;
  readonly passThreshold: number | null | undefined;
  /** An explicit, recorded override allows up to 10 questions and 60 minutes. */
  readonly override?: { readonly reason: string } | null | undefined;
}

export const LIMITS = {
  minQuestions: 6,
  maxQuestions: 8,
  maxQuestionsWithOverride: 10,
  minMinutes: 15,
  maxMinutes: 30,
  maxMinutesWithOverride: 60,
  minBehavioral: 2,
} as const;

type Lookup = (id: string) => Pick<Question, 'type'> | undefined;

/** Checks every rule and reports each one, held or broken, so a UI can show a checklist. */
export function checkComposition(screen: ScreenComposition, lookup: Lookup): RuleCheck[] {
  const overridden = Boolean(screen.override?.reason?.trim());
  const found = screen.questionIds.map(lookup);
  const types = found.filter((q) => q !== undefined).map((q) => q.type);
  return [
    checkCount(screen.questionIds.length, overridden),
    checkKnown(screen.questionIds, found),
    checkDistinct(screen.questionIds),
    atLeast(types, ['experience'], 1, 'experience-question', 'at least one experience/background question'),
    atLeast(types, ['behavioral'], LIMITS.minBehavioral, 'behavioral-questions', 'at least two behavioral questions that ask for past examples'),
    atLeast(types, ['situational', 'motivation'], 1, 'situational-or-motivation', 'at least one situational or motivation question'),
    checkBudget(screen.timeBudgetMinutes, overridden),
    checkThreshold(screen.passThreshold),
  ];
}

export function brokenRules(checks: readonly RuleCheck[]): RuleCheck[] {
  return checks.filter((c) => !c.ok);
}

function checkCount(count: number, overridden: boolean): RuleCheck {
  const max = overridden ? LIMITS.maxQuestionsWithOverride : LIMITS.maxQuestions;
  const ok = count >= LIMITS.minQuestions && count <= max;
  const allowed = `${LIMITS.minQuestions}–${max} questions${overridden ? ' (override)' : ''}`;
  return rule('question-count', ok, 'questions', ok ? `${count} questions (${allowed})` : `has ${count} questions; a screen needs ${allowed}`);
}

function checkKnown(ids: readonly string[], found: readonly unknown[]): RuleCheck {
  const missing = ids.filter((_, i) => found[i] === undefined);
  const ok = missing.length === 0;
  return rule('known-questions', ok, 'questions', ok ? 'every question is in the bank' : `unknown question ids: ${missing.join(', ')}`);
}

function checkDistinct(ids: readonly string[]): RuleCheck {
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  const ok = repeated.length === 0;
  return rule('distinct-questions', ok, 'questions', ok ? 'no question is asked twice' : `asked more than once: ${[...new Set(repeated)].join(', ')}`);
}

function atLeast(
  types: readonly QuestionType[],
  wanted: readonly QuestionType[],
  min: number,
  name: CompositionRule,
  what: string,
): RuleCheck {
  const count = types.filter((t) => wanted.includes(t)).length;
  const ok = count >= min;
  return rule(name, ok, 'questions', ok ? `${what}: ${count}` : `needs ${what}; has ${count}`);
}

function checkBudget(minutes: number | null | undefined, overridden: boolean): RuleCheck {
  const max = overridden ? LIMITS.maxMinutesWithOverride : LIMITS.maxMinutes;
  const range = `${LIMITS.minMinutes}–${max} minutes${overridden ? ' (override)' : ''}`;
  if (minutes === null || minutes === undefined) {
    return rule('time-budget', false, 'timeBudgetMinutes', `a time budget of ${range} is required`);
  }
  const ok = Number.isInteger(minutes) && minutes >= LIMITS.minMinutes && minutes <= max;
  return rule('time-budget', ok, 'timeBudgetMinutes', ok ? `${minutes} minutes (${range})` : `${minutes} minutes is outside ${range}`);
}

function checkThreshold(threshold: number | null | undefined): RuleCheck {
  if (threshold === null || threshold === undefined) {
    return rule('pass-threshold', false, 'passThreshold', 'a pass threshold (0–100) is required and is locked at publishing');
  }
  const ok = Number.isInteger(threshold) && threshold >= 0 && threshold <= 100;
  return rule('pass-threshold', ok, 'passThreshold', ok ? `pass at ${threshold}/100` : `${threshold} is not a whole number from 0 to 100`);
}

function rule(name: CompositionRule, ok: boolean, field: string, message: string): RuleCheck {
  return { rule: name, ok, field, message };
}
