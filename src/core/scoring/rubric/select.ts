import type { Question, QuestionType } from '../../bank/question.ts';
import { canonicalJson, sha256Hex } from '../../screens/rubric-hash.ts';
import { bagOfText } from '../match/bag.ts';
import { ENGINE_VERSION } from '../version.ts';
import type { ScoredQuestion } from '../types.ts';
import { referenceOfBankQuestion, referenceOfFreeText, type Reference } from './reference.ts';

/** Free text is the same question as a bank one when this share of words is shared both ways. */
const SAME_QUESTION = 0.6;

export function isBankQuestion(q: ScoredQuestion): q is Question {
  return 'id' in q && 'concepts' in q;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.sqrt(a.size * b.size);
}

/**
 * The closest bank question of the same type to a free-text question, when
 * it is clearly the same question (cosine of content words ≥ 0.6); ties go
 * to the earlier question id, by plain comparison.
 */
export function closestBankQuestion(text: string, type: QuestionType, bank: readonly Question[]): Question | null {
  const bag = bagOfText(text).set;
  let best: Question | null = null;
  let bestScore = SAME_QUESTION;
  const sorted = [...bank].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  for (const q of sorted) {
    if (q.type !== type) continue;
    const s = overlap(bag, bagOfText(q.text).set);
    if (s >= bestScore + (best === null ? 0 : 1e-9)) {
      best = q;
      bestScore = s;
    }
  }
  return best;
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
