import type { Reference, PreparedClaim } from '../rubric/reference.ts';
import { recall, type Bag } from './bag.ts';

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
}

const TERM_STRENGTH = 0.6;
/** A claim counts as stated when this weighted share of its words appears in one sentence. */
const CLAIM_FULL = 0.55;
const MISCONCEPTION_MIN = 0.75;
/**
 * Words of doubt or criticism: a sentence that names the belief and then
 * says what breaks ("but clocks skew", "drops writes") is explaining the
 * misconception, not holding it.
 */
const CRITICAL = new Set(['but', 'however', 'unless', 'only', 'drop', 'lose', 'lost', 'skew', 'drift', 'unsafe', 'wrong',
  'fail', 'break', 'silently', 'not', 'never', 'risk', 'danger', 'pitfall', 'naive', 'careful', 'beware', 'whereas']);

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
  return Math.min(1, r.score / CLAIM_FULL);
}

export function matchConcepts(ref: Reference, sentences: readonly SentenceView[], wrong: ReadonlySet<number> = new Set()): ConceptHit[] {
  return ref.concepts.map((c) => {
    let best: ConceptHit = { id: c.id, label: c.label, strength: 0, applied: false, sentence: -1, byTerm: false };
    sentences.forEach((s, i) => {
      // A sentence that states a misconception supports no concept.
      if (wrong.has(i)) return;
      const byTerm = c.terms.some((t) => termIn(t, s.bag));
      const claim = Math.max(0, ...c.claims.map((cl) => claimSupport(cl, s.bag)));
      const strength = Math.max(byTerm ? TERM_STRENGTH : 0, claim);
      const next = sentences[i + 1];
      const applied = s.reasoned || (next !== undefined && next.reasoned && strength >= 0.5);
      // Strictly greater keeps the earliest sentence on ties: deterministic evidence.
      const better = strength > best.strength + 1e-9 || (Math.abs(strength - best.strength) < 1e-9 && applied && !best.applied);
      if (strength > 0 && better) best = { id: c.id, label: c.label, strength, applied, sentence: i, byTerm: byTerm && claim < TERM_STRENGTH };
    });
    return best;
  });
}

export function matchMisconceptions(ref: Reference, sentences: readonly SentenceView[]): MisconceptionHit[] {
  const hits: MisconceptionHit[] = [];
  for (const m of ref.misconceptions) {
    let best: MisconceptionHit | null = null;
    sentences.forEach((s, i) => {
      if (s.distanced || s.critical) return;
      // A sentence that states the correction as well as it states the error is correcting it.
      const corrected = claimSupport(m.correction, s.bag);
      for (const clause of [s.bag, ...s.clauses]) {
        for (const p of m.phrasings) {
          if (p.bag.stems.length < 2) continue;
          const r = recall(p.bag, clause, m.weight);
          if (r.negated !== p.negative) continue;
          // Short phrasings match by accident; demand more of them.
          const needed = MISCONCEPTION_MIN;
          const strength = r.score;
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
