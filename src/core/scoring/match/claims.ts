import { EXCLUSIVE, type Reference, type PreparedClaim, type PreparedMisconception } from '../rubric/reference.ts';
import { recall, weightOf, type Bag } from './bag.ts';
import { cosine } from '../embeddings/vectors.ts';
import { stem } from '../text/stem.ts';
import { canonical } from '../text/synonyms.ts';

/** How well one concept of the rubric is served by the answer, and where. */
export interface ConceptHit {
  readonly id: string;
  readonly label: string;
  /** 0–1: 1 when a sentence states one of its claims, ~0.6 when it only names a term. */
  readonly strength: number;
  /** The concept is used for something: a reason, decision, trade-off or number nearby. */
  readonly applied: boolean;
  readonly sentence: number;
  readonly byTerm: boolean;
}

export interface MisconceptionHit {
  readonly id: string;
  readonly claim: string;
  readonly sentence: number;
  readonly strength: number;
}

export interface SentenceView {
  readonly bag: Bag;
  /** Clauses of the sentence (split at ; : — and "but"), so a misconception is matched where it is said. */
  readonly clauses: readonly Bag[];
  /** The sentence does something with what it names: a reason, a decision, a number, or a mechanism verb outside a list. */
  readonly reasoned: boolean;
  /** The sentence carries an explicit reason, decision or trade-off cue ("because", "instead of"). */
  readonly cued: boolean;
  /** A concrete verb does something in a sentence that is not a list. */
  readonly explained: boolean;
  /** The sentence reports a belief as someone else's or as wrong ("people think…", "a myth"). */
  readonly distanced: boolean;
  /** The sentence criticises or qualifies what it says ("but", "drops", "skew"). */
  readonly critical: boolean;
  /** The words that made it critical (lemmas, lower case), so a belief's own wording ("nothing is lost") is not taken for criticism. */
  readonly criticalWords?: readonly string[];
  /** The sentence's own text. */
  readonly text?: string;
}

const TERM_STRENGTH = 0.6;
/** Sentence–claim cosine below the floor says nothing; at "full" it counts as a stated claim (capped). */
export const SEMANTIC: { floor: number; full: number; max: number } = { floor: 0.8, full: 0.95, max: 0.8 };

/** A claim counts as stated when this weighted share of its words appears in one sentence. */
const CLAIM_FULL = 0.55;
const MISCONCEPTION_MIN = 0.75;
/**
 * Verbs that say nothing of a belief by themselves: "we'll add one with an
 * UPDATE" shares "add" with "we'll add an updated_at and keep the latest",
 * and that alone must not make it the timestamp belief.
 */
const LIGHT_VERBS = new Set(['add', 'put', 'set', 'make', 'use', 'get', 'do', 'have', 'go', 'take', 'give', 'let'].map((w) => canonical(stem(w))));
/** A misconception phrasing matched by meaning: most of its words' sense, some of its words. */
const SEM_MIS = { minRecall: 0.4, cos: 0.85, credit: 0.8 };
/**
 * Words of doubt or criticism: a sentence that names the belief and then
 * says what breaks ("but clocks skew", "drops writes") is explaining the
 * misconception, not holding it.
 */
const CRITICAL = new Set(['but', 'however', 'unless', 'only', 'drop', 'lose', 'lost', 'skew', 'drift', 'unsafe', 'wrong',
  'fail', 'break', 'silently', 'risk', 'danger', 'pitfall', 'naive', 'careful', 'beware', 'whereas']);

/** Term bags must appear whole in a sentence: every content word of the term. */
function termIn(term: Bag, sentence: Bag): boolean {
  return term.stems.every((s) => sentence.set.has(s));
}

/**
 * A claim is supported when its words appear with the same polarity: a
 * sentence that negates a positive claim (or affirms a negative one) does not
 * support it.
 */
function claimSupport(claim: PreparedClaim, sentence: Bag): number {
  const r = recall(claim.bag, sentence);
  if (r.negated !== claim.negative && r.score >= 0.4) return 0;
  const lexical = Math.min(1, r.score / CLAIM_FULL);
  // Meaning: a plain-words paraphrase shares few stems but points the same way.
  const semantic = (cosine(claim.bag.vector, sentence.vector) - SEMANTIC.floor) / (SEMANTIC.full - SEMANTIC.floor);
  return Math.max(lexical, Math.min(SEMANTIC.max, semantic));
}

/**
 * A concept's strength: how fully the answer states its claims, each claim
 * taken at its best sentence. Half the weight goes to the best claim, half to
 * the mean over all claims, so an answer that makes several of a concept's
 * claims beats one that brushes a single claim. A named term alone is worth
 * TERM_STRENGTH at most.
 */
export function matchConcepts(ref: Reference, sentences: readonly SentenceView[], wrong: ReadonlySet<number> = new Set()): ConceptHit[] {
  return ref.concepts.map((c) => {
    const bestPerClaim = c.claims.map(() => ({ support: 0, sentence: -1 }));
    let termSentence = -1;
    sentences.forEach((s, i) => {
      // A sentence that states a misconception supports no concept.
      if (wrong.has(i)) return;
      if (termSentence < 0 && c.terms.some((t) => termIn(t, s.bag))) termSentence = i;
      c.claims.forEach((cl, k) => {
        const support = claimSupport(cl, s.bag);
        const best = bestPerClaim[k]!;
        if (support > best.support + 1e-9) bestPerClaim[k] = { support, sentence: i };
      });
    });
    const top = bestPerClaim.reduce((a, b) => (b.support > a.support + 1e-9 ? b : a), { support: 0, sentence: -1 });
    const mean = bestPerClaim.reduce((a, b) => a + b.support, 0) / Math.max(1, bestPerClaim.length);
    const claimStrength = 0.5 * top.support + 0.5 * mean;
    const byTerm = termSentence >= 0 && claimStrength < TERM_STRENGTH;
    const strength = byTerm ? TERM_STRENGTH : claimStrength;
    const sentence = byTerm ? termSentence : top.sentence;
    const view = sentences[sentence];
    const next = sentences[sentence + 1];
    const applied = view !== undefined && (view.reasoned || (next !== undefined && next.reasoned));
    return { id: c.id, label: c.label, strength, applied, sentence, byTerm };
  });
}

export function matchMisconceptions(ref: Reference, sentences: readonly SentenceView[]): MisconceptionHit[] {
  const hits: MisconceptionHit[] = [];
  const allClaims = ref.concepts.flatMap((c) => c.claims);
  for (const m of ref.misconceptions) {
    let best: MisconceptionHit | null = null;
    sentences.forEach((s, i) => {
      if (s.distanced || (s.critical && criticises(s, m))) return;
      // A sentence that reads like one of the rubric's own sample answers is a correct statement.
      if (ref.exemplarSentences.some((e) => dice(e, s.bag) >= EXEMPLAR_LIKE)) return;
      // A sentence that states the correction, or a correct claim, as well as it states the error is not holding it.
      const corrected = Math.max(claimSupport(m.correction, s.bag), ...allClaims.map((cl) => claimSupport(cl, s.bag)));
      for (const clause of [s.bag, ...s.clauses]) {
        for (const p of m.phrasings) {
          if (p.bag.stems.length < 2) continue;
          // A belief that one step suffices ("just scale out") is not held by naming the step among others.
          if (m.exclusive && s.text !== undefined && !EXCLUSIVE.test(s.text)) continue;
          const r = recall(p.bag, clause, m.weight);
          if (r.negated !== p.negative) continue;
          // The evidence must include a word of the belief that the correct claims do not use.
          if (!p.bag.stems.some((st) => m.weight(st) >= weightOf(st) - 1e-9 && clause.set.has(st) && !LIGHT_VERBS.has(st))) continue;
          // Short phrasings match by accident; demand more of them.
          const needed = MISCONCEPTION_MIN;
          // Meaning as well as words: "the clock tells us which write came last" is the belief
          // "the server clock tells us which request came last" with one word changed.
          const cos = r.score >= SEM_MIS.minRecall ? cosine(p.bag.vector, clause.vector) : 0;
          const strength = Math.max(r.score, cos >= SEM_MIS.cos ? SEM_MIS.credit : 0);
          if (strength >= needed && strength > corrected * CLAIM_FULL + 0.1 && (best === null || strength > best.strength)) {
            best = { id: m.id, claim: m.claim, sentence: i, strength };
          }
        }
      }
    });
    if (best !== null) hits.push(best);
  }
  return hits;
}

export function isCritical(lemmas: readonly string[]): boolean {
  return lemmas.some((l) => CRITICAL.has(l));
}

/** Critical words of a sentence: those of CRITICAL, unless a safety claim negates them ("nothing gets lost", "never fails"). */
export function criticalWords(tokens: readonly { lemma: string; value: string }[]): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (!CRITICAL.has(t.lemma)) return;
    const before = tokens.slice(Math.max(0, i - 3), i).map((x) => x.value.toLowerCase());
    if (LOSS.has(t.lemma) && before.some((w) => SAFETY.has(w))) return;
    out.push(t.lemma);
  });
  return out;
}
const LOSS = new Set(['drop', 'lose', 'lost', 'fail', 'break']);
const SAFETY = new Set(['nothing', 'no', 'never', 'nobody', 'none', 'without']);

/**
 * Whether a critical sentence criticises this belief: a critical word that is
 * part of the belief's own wording ("only", "never" in its phrasings) does
 * not count against it.
 */
function criticises(s: SentenceView, m: PreparedMisconception): boolean {
  const words = s.criticalWords;
  if (words === undefined) return true;
  return words.some((w) => !m.ownWords.has(w));
}

/** A sentence this close (Dice over content stems) to a sample-answer sentence is taken as correct usage. */
const EXEMPLAR_LIKE = 0.6;

function dice(a: Bag, b: Bag): number {
  if (a.set.size + b.set.size === 0) return 0;
  let n = 0;
  for (const x of a.set) if (b.set.has(x)) n++;
  return (2 * n) / (a.set.size + b.set.size);
}
