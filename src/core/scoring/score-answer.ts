import type { Level, Question, QuestionType } from '../bank/question.ts';
import { nearestExemplar } from './rubric/topic-index.ts';
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
export const SCORE_CUTS: readonly number[] = [0.12, 0.3, 0.5, 0.62];

export function qualityToScore(q: number): AnswerScore {
  let s = 1;
  for (const cut of SCORE_CUTS) if (q >= cut) s++;
  return s as AnswerScore;
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

/**
 * The rubric's own sample answers are its exemplars of each level. An answer
 * that is nearly one of them (TF-IDF cosine ≥ 0.7 over the bank's vocabulary;
 * real answers on the dev set never exceed 0.55) takes that exemplar's level
 * and is held to its score band, so the engine stays consistent with the
 * rubric it is given: junior ≤ mid ≤ senior ≤ staff.
 */
const EXEMPLAR_MATCH = 0.7;
const EXEMPLAR_BANDS: Readonly<Record<Level, readonly [AnswerScore, AnswerScore]>> = {
  junior: [3, 4],
  mid: [4, 4],
  senior: [4, 5],
  staff: [5, 5],
};

function anchorToExemplar(f: Features, ref: Reference, bank: readonly Question[] | undefined) {
  if (bank === undefined || ref.questionId === undefined) return null;
  const nearest = nearestExemplar(f.views.flatMap((v) => v.bag.stems), ref.questionId, bank);
  return nearest !== null && nearest.similarity >= EXEMPLAR_MATCH ? nearest : null;
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
  const cleaned = blankSpans(input.answer, instructions);
  const f = extractFeatures(analyse(cleaned), ref);
  const ledger = new Ledger(input.answer);
  const quality = judge(type, f, ref, ledger);
  let score: AnswerScore = f.words === 0 ? 1 : qualityToScore(quality);

  // Exemplar bands first: the content caps and flags below still apply to an anchored answer.
  const exemplar = anchorToExemplar(f, ref, input.bank);
  if (exemplar !== null) {
    const [lo, hi] = EXEMPLAR_BANDS[exemplar.level];
    const anchored = Math.min(hi, Math.max(lo, score)) as AnswerScore;
    if (anchored !== score) ledger.cite(`exemplar:${exemplar.level}`, `band:${lo}-${hi}`, f.analysis.sentences[0]);
    score = anchored;
  }


  for (const cap of [...misconceptionCaps(f), ...offQuestionCaps(f, ref, input.bank), ...storyCaps(f, type)]) {
    if (cap.gap) ledger.gap(cap.gap.code, cap.gap.text);
    if (score > cap.cap) {
      const s = f.analysis.sentences[cap.sentence];
      ledger.cite(cap.rule, `cap:${cap.cap}`, s && { start: s.start, end: s.end });
      score = cap.cap;
    }
  }

  const flags: Flag[] = [];
  for (const raised of contentFlags(f, type)) {
    flags.push(raised.flag);
    if (score > raised.cap) {
      const first = f.analysis.sentences[0];
      ledger.cite(`flag:${raised.flag.code}`, `cap:${raised.cap}`, first && { start: first.start, end: first.end });
      score = raised.cap;
    }
  }
  for (const span of instructions) ledger.cite('grader-instructions', 'removed', span);
  if (instructions.length > 0) {
    flags.push({ code: 'grader-instructions', message: 'text addressed to the scorer was removed before scoring' });
  }

  const question = isBankQuestion(input.question) ? input.question : ref.question;
  const isDesign = question?.bank === 'design-story';
  const contradictory = f.misconceptions.length > 0 && (ledger.dimensions.coverage ?? 0) >= 0.6;
  const thinRubric = ref.source === 'generic' && (type === 'technical' || type === 'general');
  return {
    score,
    dimensions: ledger.dimensions,
    evidence: ledger.evidence,
    gaps: ledger.gaps,
    flags,
    level: estimateLevel(f, type, isDesign, exemplar?.level),
    competencies: competencyContributions(score, f, ledger.dimensions, type, question?.competencies ?? null),
    ...base,
    confidence: contradictory || thinRubric || instructions.length > 0 ? 'low' : 'high',
    language: 'en',
  };
}
