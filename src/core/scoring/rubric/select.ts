import type { Question, QuestionType } from '../../bank/question.ts';
import { canonicalJson } from '../../screens/rubric-hash.ts';
import { sha256Hex } from '../../screens/sha256.ts';
import { bagOfText, weightOf } from '../match/bag.ts';
import { ENGINE_VERSION } from '../version.ts';
import type { ScoredQuestion } from '../types.ts';
import { referenceOfBankQuestion, referenceOfFreeText, type Reference } from './reference.ts';

/**
 * Free text is the same question as a bank one when the bank question
 * contains most of its words (weighted: generic words count little), and
 * clearly more of them than any other bank question does.
 */
const SAME_QUESTION = 0.6;
const CLEAR_MARGIN = 0.15;
const MIN_SHARED_WORDS = 3;

export function isBankQuestion(q: ScoredQuestion): q is Question {
  return 'id' in q && 'concepts' in q;
}

const questionBags = new WeakMap<Question, ReadonlySet<string>>();

function bankQuestionStems(q: Question): ReadonlySet<string> {
  let set = questionBags.get(q);
  if (set === undefined) {
    set = bagOfText(`${q.topic}. ${q.text}`).set;
    questionBags.set(q, set);
  }
  return set;
}

function containment(free: readonly string[], bankStems: ReadonlySet<string>): number {
  let total = 0;
  let hit = 0;
  for (const s of new Set(free)) {
    const w = weightOf(s);
    total += w;
    if (bankStems.has(s)) hit += w;
  }
  return total === 0 ? 0 : hit / total;
}

/** The bank question of the same type that the free text clearly is; ties keep the earlier id. */
export function closestBankQuestion(text: string, type: QuestionType, bank: readonly Question[]): Question | null {
  const stems = bagOfText(text).stems;
  const ranked = bank
    .filter((q) => q.type === type)
    .map((q) => ({ q, score: containment(stems, bankQuestionStems(q)) }))
    .sort((a, b) => b.score - a.score || (a.q.id < b.q.id ? -1 : a.q.id > b.q.id ? 1 : 0));
  const [best, second] = ranked;
  if (best === undefined || best.score < SAME_QUESTION) return null;
  // A real match shares several content words, not one ("Why this role?" is not the bank's motivation question).
  const shared = new Set(stems.filter((s) => weightOf(s) >= 1 && bankQuestionStems(best.q).has(s)));
  if (shared.size < MIN_SHARED_WORDS) return null;
  if (second !== undefined && best.score - second.score < CLEAR_MARGIN) return null;
  return best.q;
}

export function selectReference(q: ScoredQuestion, bank: readonly Question[] | undefined): Reference {
  if (isBankQuestion(q)) return referenceOfBankQuestion(q);
  const match = bank === undefined ? null : closestBankQuestion(q.text, q.type, bank);
  return match === null ? referenceOfFreeText(q.text, q.type) : referenceOfBankQuestion(match);
}

const hashes = new WeakMap<Reference, string>();

/** The hash of what the answer was judged against: the bank question, or the type's generic rubric. */
export function rubricHashOf(ref: Reference): string {
  const hit = hashes.get(ref);
  if (hit !== undefined) return hit;
  const content = ref.question ?? { generic: ref.type, question: ref.questionText };
  const hash = sha256Hex(canonicalJson({ engineVersion: ENGINE_VERSION, rubric: content }));
  hashes.set(ref, hash);
  return hash;
}
