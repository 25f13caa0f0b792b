import type { Question, QuestionType } from '../bank/question.ts';
import { topicFit } from './rubric/topic-index.ts';
import type { Reference } from './rubric/reference.ts';
import type { Features } from './features/extract.ts';
import type { AnswerScore } from './types.ts';

/** A content rule of the labelling guide that limits the score, with the sentence it rests on. */
export interface Cap {
  readonly rule: string;
  readonly cap: AnswerScore;
  readonly sentence: number;
  readonly gap?: { code: string; text: string };
}

const KNOWLEDGE_LIKE: readonly QuestionType[] = ['technical', 'general', 'situational'];

function coveredShare(f: Features): number {
  if (f.concepts.length === 0) return 1;
  return f.concepts.filter((c) => c.strength >= 0.5).length / f.concepts.length;
}

/**
 * A confident misconception caps the score: when it is the answer (little
 * else is right) at 1, otherwise at 3, or 2 with more than one.
 */
export function misconceptionCaps(f: Features): Cap[] {
  if (f.misconceptions.length === 0) return [];
  const first = f.misconceptions[0]!;
  const covered = coveredShare(f);
  const cap: AnswerScore = covered < 0.34 ? 1 : f.misconceptions.length > 1 ? 2 : 3;
  return [{ rule: 'misconception-cap', cap, sentence: first.sentence }];
}

/**
 * An answer to a neighbouring question: closer to another bank question's
 * reference than to the one asked, and covering few of the asked concepts.
 * Stories (behavioral, experience) range widely and are not judged this way.
 */
export function offQuestionCaps(f: Features, ref: Reference, bank: readonly Question[] | undefined): Cap[] {
  if (bank === undefined || ref.questionId === undefined || !KNOWLEDGE_LIKE.includes(ref.type)) return [];
  const fit = topicFit(f.views.flatMap((v) => v.bag.stems), ref.questionId, bank);
  if (fit === null || fit.other === 0) return [];
  const ratio = fit.own / fit.other;
  const covered = coveredShare(f);
  const gap = { code: 'focus', text: `reads as an answer to a different question${fit.otherId ? ` (${fit.otherId})` : ''}` };
  if (ratio < 0.5 && covered < 0.34) return [{ rule: 'different-question', cap: 1, sentence: 0, gap }];
  if (ratio < 1 && covered < 0.5) return [{ rule: 'different-question', cap: 2, sentence: 0, gap }];
  return [];
}

/**
 * STAR caps of a past-example answer (BRIEF §3): told as "we" throughout, the
 * candidate's own part is unclear; with no result at all, the story has no
 * ending. Either keeps the answer at "average".
 */
export function storyCaps(f: Features, type: QuestionType, followUp = false): Cap[] {
  const mine = f.actions.filter((a) => a.subject === 'i' && a.mode === 'past').length;
  if (type === 'experience') return experienceCaps(f, mine, followUp);
  if (type !== 'behavioral') return [];
  const ours = f.actions.filter((a) => a.subject === 'we' && a.mode === 'past');
  const caps: Cap[] = [];
  if (ours.length >= 3 && mine <= 1) {
    caps.push({ rule: 'we-not-i', cap: 3, sentence: ours[0]!.sentence, gap: { code: 'personal-actions', text: 'told as "we": which parts were yours?' } });
  }
  if (f.cues.result.length === 0 && f.quantities.length === 0) {
    caps.push({ rule: 'no-result', cap: 3, sentence: Math.max(0, f.sentenceCount - 1), gap: { code: 'result', text: 'the story has no result' } });
  } else if (f.quantities.length === 0) {
    // GUIDE §3 "vague": a real story whose result is "things improved", with no number anywhere, is average.
    caps.push({ rule: 'vague-result', cap: 3, sentence: Math.max(0, f.sentenceCount - 1), gap: { code: 'result', text: 'result not quantified' } });
  }
  return caps;
}

/**
 * Experience (GUIDE §2): outcomes without numbers make one element thin (at
 * most 4); vague outcomes with little the candidate did themselves is "real
 * work described, but 'we', vague outcomes" (3). Team work told as "we" is
 * not capped by itself. A deep-dive follow-up is judged on what it asks.
 */
function experienceCaps(f: Features, mine: number, followUp: boolean): Cap[] {
  if (followUp || f.quantities.length > 0) return [];
  const sentence = Math.max(0, f.sentenceCount - 1);
  const gap = { code: 'outcomes', text: 'no measured outcomes' };
  return [{ rule: 'vague-outcome', cap: mine <= 2 ? 3 : 4, sentence, gap }];
}
