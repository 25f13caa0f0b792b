import type { QuestionType } from '../bank/question.ts';
import { misconceptionCaps, offQuestionCaps, storyCaps } from './caps.ts';
import { competencyContributions } from './competencies.ts';
import { scoreBehavioral } from './dimensions/behavioral.ts';
import { scoreExperience } from './dimensions/experience.ts';
import { scoreKnowledge } from './dimensions/knowledge.ts';
import { Ledger } from './dimensions/ledger.ts';
import { scoreMotivation } from './dimensions/motivation.ts';
import { scoreSituational } from './dimensions/situational.ts';
import { extractFeatures, type Features } from './features/extract.ts';
import { contentFlags } from './flags.ts';
import { blankSpans, findGraderInstructions } from './guard/grader-instructions.ts';
import { findRepeats, findRubricEcho, mergeSpans, type Echo } from './guard/echo.ts';
import { detectLanguage } from './guard/language.ts';
import { estimateLevel } from './level.ts';

import type { Reference } from './rubric/reference.ts';
import { isBankQuestion, rubricHashOf, selectReference } from './rubric/select.ts';
import { analyse } from './text/analyse.ts';
import type { AnswerScore, Flag, ScoreInput, ScoreResult } from './types.ts';
import { ENGINE_VERSION } from './version.ts';

/**
 * Quality (0–1) → score. The cut points place the anchors of BRIEF §2: 5 is
 * a strong answer, 3 an average one, 1 a weak one.
 */
export const SCORE_CUTS: readonly number[] = [0.12, 0.3, 0.5, 0.8];

export function qualityToScore(q: number): AnswerScore {
  let s = 1;
  for (const cut of SCORE_CUTS) if (q >= cut) s++;
  return s as AnswerScore;
}

/**
 * A technical answer whose every element is in place (GUIDE §2 technical,
 * anchor 5: "precise, correct, reasoned, answers exactly what was asked"):
 * the reference claims covered (coverage credits a claim fully only when the
 * answer does something with it, a reason or a consequence), no
 * misconception, on the question, not hedged. Such an answer is a 5 even
 * when short or plainly worded, so the quality cut is not the only way to
 * the top band; a 4 is "a 5 with one element thin or missing". General
 * questions keep the quality cut alone: their reference is a checklist of
 * considerations (GUIDE §4, "ideally prioritised and reasoned"), and
 * touching most of the list is breadth, not the explained mechanism that
 * makes a technical 5. Caps still apply after.
 */
export const COMPLETE_TECHNICAL = { coverage: 0.8, accuracy: 1, focus: 0.8, precision: 0.8 } as const;

export function isCompleteTechnical(type: QuestionType, dimensions: Readonly<Record<string, number>>): boolean {
  if (type !== 'technical') return false;
  return (Object.keys(COMPLETE_TECHNICAL) as (keyof typeof COMPLETE_TECHNICAL)[]).every(
    (k) => dimensions[k] !== undefined && dimensions[k]! >= COMPLETE_TECHNICAL[k],
  );
}

function judge(type: QuestionType, f: Features, ref: Reference, l: Ledger): number {
  switch (type) {
    case 'technical':
    case 'general':
      return scoreKnowledge(f, ref, l);
    case 'behavioral':
      return scoreBehavioral(f, ref, l);
    case 'situational':
      return scoreSituational(f, ref, l);
    case 'experience':
      return scoreExperience(f, ref, l);
    case 'motivation':
      return scoreMotivation(f, ref, l);
  }
}

/** A follow-up asked in free text deepens its parent: judge it against the parent's rubric. */
function referenceFor(input: ScoreInput): Reference {
  const own = selectReference(input.question, input.bank);
  if (own.source === 'bank' || input.parent === undefined) return own;
  const parent = selectReference(input.parent.question, input.bank);
  return parent.source === 'bank' ? parent : own;
}

export function scoreAnswer(input: ScoreInput): ScoreResult {
  const type = input.question.type;
  const ref = referenceFor(input);
  const rubric = { source: ref.source, ...(ref.questionId ? { questionId: ref.questionId } : {}), hash: rubricHashOf(ref) };
  const base = { rubric, engineVersion: ENGINE_VERSION };

  const lang = detectLanguage(input.answer);
  if (!lang.english) {
    const flag: Flag = { code: 'language-not-supported', message: `answer is in ${lang.language}; the English engine does not score it`, language: lang.language };
    return { score: null, dimensions: {}, evidence: [], gaps: [], flags: [flag], level: null, competencies: {}, ...base, confidence: 'low', language: lang.language };
  }

  const instructions = findGraderInstructions(input.answer);
  const question = isBankQuestion(input.question) ? input.question : ref.question;
  // Padding never raises a score: repeated sentences count once, text copied from the rubric or the samples not at all.
  const afterInstructions = blankSpans(input.answer, instructions);
  const repeats = findRepeats(afterInstructions);
  const echo = findRubricEcho(afterInstructions, question, { samples: input.calibration !== true });
  const copies = [...echo.copies, ...echo.sampleCopies];
  const cleaned = blankSpans(afterInstructions, mergeSpans(repeats, copies, echo.lists));
  const f = extractFeatures(analyse(cleaned), ref);
  const ledger = new Ledger(input.answer);
  const quality = judge(type, f, ref, ledger);
  let score: AnswerScore = f.words === 0 ? 1 : qualityToScore(quality);
  // Every element of a technical answer in place: the top band (see isCompleteTechnical).
  if (score === 4 && isCompleteTechnical(type, ledger.dimensions)) score = 5;

  for (const cap of [...misconceptionCaps(f), ...offQuestionCaps(f, ref, input.bank), ...storyCaps(f, type, ref.question?.parentId !== undefined)]) {
    if (cap.gap) ledger.gap(cap.gap.code, cap.gap.text);
    if (score > cap.cap) {
      const s = f.analysis.sentences[cap.sentence];
      ledger.cite(cap.rule, `cap:${cap.cap}`, s && { start: s.start, end: s.end });
      score = cap.cap;
    }
  }

  const flags: Flag[] = [];
  // A quarter of the answer and a sentence's worth: "Use an idempotency key." alone is a one-liner, not a copy.
  const copiedWords = wordsIn(input.answer, copies);
  const copied = copiedWords >= MIN_COPIED_WORDS && copiedWords >= 0.25 * wordsIn(input.answer, [{ start: 0, end: input.answer.length }]);
  if (copied) flags.push({ code: 'copied-rubric', message: copyMessage(echo) });
  // What is left of a copied answer is short because of the copy: the flag above says why, not "a one-line answer".
  for (const raised of contentFlags(f, type).filter((r) => !(copied && r.flag.code === 'one-liner'))) {
    flags.push(raised.flag);
    if (score > raised.cap) {
      const first = f.analysis.sentences[0];
      ledger.cite(`flag:${raised.flag.code}`, `cap:${raised.cap}`, first && { start: first.start, end: first.end });
      score = raised.cap;
    }
  }
  for (const span of repeats) ledger.cite('repetition', 'removed', span);
  for (const span of [...echo.copies, ...echo.lists]) ledger.cite('rubric-echo', 'removed', span);
  for (const span of echo.sampleCopies) ledger.cite('sample-echo', 'removed', span);
  const repeatedWords = wordsIn(input.answer, repeats);
  if (repeats.length >= 2 || repeatedWords >= 0.25 * Math.max(1, f.words + repeatedWords)) {
    flags.push({ code: 'repetition', message: 'sentences repeated; each counts once' });
  }
  if (echo.lists.length > 0 && !flags.some((fl) => fl.code === 'keyword-stuffing')) {
    flags.push({ code: 'keyword-stuffing', message: 'the rubric\'s own terms pasted as a list' });
  }
  for (const span of instructions) ledger.cite('grader-instructions', 'removed', span);
  if (instructions.length > 0) {
    flags.push({ code: 'grader-instructions', message: 'text addressed to the scorer was removed before scoring' });
  }

  const isDesign = question?.bank === 'design-story';
  const contradictory = f.misconceptions.length > 0 && (ledger.dimensions.coverage ?? 0) >= 0.6;
  const thinRubric = ref.source === 'generic' && (type === 'technical' || type === 'general');
  return {
    score,
    dimensions: ledger.dimensions,
    evidence: ledger.evidence,
    gaps: ledger.gaps,
    flags,
    level: estimateLevel(f, type, isDesign),
    competencies: competencyContributions(score, f, ledger.dimensions, type, question?.competencies ?? null),
    ...base,
    confidence: contradictory || thinRubric || instructions.length > 0 || copies.length > 0 ? 'low' : 'high',
    language: 'en',
  };
}

const MIN_COPIED_WORDS = 12;

function copyMessage(echo: Echo): string {
  const from = [echo.copies.length > 0 ? 'the rubric' : '', echo.sampleCopies.length > 0 ? "the question's published sample answers" : ''].filter(Boolean);
  return `copied from ${from.join(' and ')}; the copy was not scored`;
}

/** Words of the text within the spans. */
function wordsIn(text: string, spans: readonly { start: number; end: number }[]): number {
  return spans.reduce((n, s) => n + (text.slice(s.start, s.end).match(/\S+/g) ?? []).length, 0);
}
