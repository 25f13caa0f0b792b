import type { Question, QuestionType } from '../../bank/question.ts';
import { analyse } from '../text/analyse.ts';
import { bagOfText, bagOfTokens, hasNegation, weightOf, type Bag } from '../match/bag.ts';

/** A claim prepared for matching: its words, and whether it is itself a negative statement. */
export interface PreparedClaim {
  readonly text: string;
  readonly bag: Bag;
  readonly negative: boolean;
}

/** A belief of sufficiency: "autoscaling is enough", "a transaction alone makes it safe". */
const SUFFICIENCY = /\b(enough|suffices?|sufficient|alone|all you need|all it takes|nothing else|solves it)\b/i;
/** How an answer says one step suffices: "just scale out", "that's enough", "simply add". */
export const EXCLUSIVE = /\b(just|only|enough|simply|alone|all you need|all it takes|nothing else|takes? care of|(will )?handles? (it|everything|the load)|for you|a matter of|solves?|is all|that's it|problem solved)\b/i;

export interface PreparedConcept {
  readonly id: string;
  readonly label: string;
  readonly terms: readonly Bag[];
  readonly claims: readonly PreparedClaim[];
}

export interface PreparedMisconception {
  readonly id: string;
  /**
   * Evidence weight of a word for this misconception: words the question's
   * correct claims also use (node, key, hash) say little; the words that set
   * the wrong belief apart (modulo, broadcast, central) say most.
   */
  readonly weight: (stem: string) => number;
  readonly claim: string;
  readonly phrasings: readonly PreparedClaim[];
  readonly correction: PreparedClaim;
  /** The belief is that one step suffices: an answer holds it only when it says so ("just", "enough"). */
  readonly exclusive: boolean;
  /** Lemmas of the claim and its phrasings: the belief's own wording. */
  readonly ownWords: ReadonlySet<string>;
}

/** Everything the engine reads from a rubric, computed once per question. */
export interface Reference {
  readonly source: 'bank' | 'generic';
  readonly questionId?: string;
  readonly type: QuestionType;
  readonly questionText: string;
  readonly questionBag: Bag;
  readonly concepts: readonly PreparedConcept[];
  readonly misconceptions: readonly PreparedMisconception[];
  /** The question's vocabulary: question text, concepts, claims and sample answers. */
  readonly vocabulary: ReadonlySet<string>;
  /** The sentences of the sample answers: what correct statements on this question look like. */
  readonly exemplarSentences: readonly Bag[];
  readonly question: Question | null;
}

function prepareClaim(text: string): PreparedClaim {
  const a = analyse(text);
  return { text, bag: bagOfTokens(a.tokens), negative: hasNegation(text, a) };
}

const cache = new WeakMap<object, Reference>();

export function referenceOfBankQuestion(q: Question): Reference {
  const hit = cache.get(q);
  if (hit !== undefined) return hit;
  const concepts = q.concepts.map((c) => ({
    id: c.id,
    label: c.label,
    terms: c.terms.map(bagOfText).filter((b) => b.stems.length > 0),
    claims: c.claims.map(prepareClaim),
  }));
  const correct = new Set<string>();
  for (const t of [q.text, ...q.concepts.flatMap((c) => [c.label, ...c.terms, ...c.claims])]) {
    for (const st of bagOfText(t).stems) correct.add(st);
  }
  const weight = (st: string) => (correct.has(st) ? 0.3 : 1) * weightOf(st);
  const misconceptions = q.misconceptions.map((m) => ({
    id: m.id,
    weight,
    claim: m.claim,
    phrasings: [m.claim, ...m.phrasings].map(prepareClaim),
    exclusive: SUFFICIENCY.test(m.claim),
    ownWords: new Set([m.claim, ...m.phrasings].flatMap((t) => analyse(t).tokens.map((tk) => tk.lemma))),
    correction: prepareClaim(m.correction),
  }));
  const vocabulary = new Set<string>();
  const texts = [
    q.text,
    q.topic,
    ...q.concepts.flatMap((c) => [c.label, ...c.terms, ...c.claims]),
    ...Object.values(q.sampleAnswers),
  ];
  for (const t of texts) for (const s of bagOfText(t).stems) vocabulary.add(s);
  const ref: Reference = {
    source: 'bank',
    questionId: q.id,
    type: q.type,
    questionText: q.text,
    questionBag: bagOfText(`${q.topic}. ${q.text}`),
    concepts,
    misconceptions,
    vocabulary,
    exemplarSentences: Object.values(q.sampleAnswers).flatMap((a) => analyse(a).sentences.map((st) => bagOfTokens(st.tokens))),
    question: q,
  };
  cache.set(q, ref);
  return ref;
}

/** The generic rubric of a type: no concepts, the question text as its only vocabulary. */
export function referenceOfFreeText(text: string, type: QuestionType): Reference {
  const questionBag = bagOfText(text);
  return {
    source: 'generic',
    type,
    questionText: text,
    questionBag,
    concepts: [],
    misconceptions: [],
    vocabulary: new Set(questionBag.stems),
    exemplarSentences: [],
    question: null,
  };
}
