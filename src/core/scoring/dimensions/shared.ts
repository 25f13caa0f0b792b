import type { Features } from '../features/extract.ts';
import type { Reference } from '../rubric/reference.ts';
import { fmt, saturate, type Ledger } from './ledger.ts';

/** Concepts a strong answer needs to cover; concise answers need not cover every one. */
function expectedConcepts(ref: Reference): number {
  const n = ref.concepts.length;
  return ref.type === 'general' ? n * 0.6 : n * 0.7;
}

/**
 * Concept coverage with the "concept with a reason" rule of SCORING-NOTES:
 * a concept stated as a claim counts fully when the answer does something
 * with it, a named term alone counts for little.
 */
export function conceptCoverage(f: Features, ref: Reference, l: Ledger): number | null {
  if (ref.concepts.length === 0) return null;
  let sum = 0;
  for (const c of f.concepts) {
    // Partial matches below half a claim are noise more often than signal.
    if (c.strength < 0.5) {
      l.gap(`concept:${c.id}`, `${c.label.toLowerCase()} not covered`);
      continue;
    }
    const credit = c.strength * (c.applied ? 1 : 0.5) * (c.byTerm ? 0.7 : 1);
    sum += credit;
    l.citeSentence(f, c.byTerm ? 'concept-term' : 'concept-claim', `${fmt(credit)} coverage (${c.id})`, c.sentence);
    if (!c.applied) l.gap('depth', `${c.label.toLowerCase()} named without a reason or consequence`);
  }
  return l.set('coverage', saturate(sum, expectedConcepts(ref)));
}

/** Accuracy falls with each misconception the answer states as its own belief. */
export function accuracy(f: Features, l: Ledger): number {
  let value = 1;
  for (const m of f.misconceptions) {
    const effect = m.strength >= 0.8 ? 0.6 : 0.4;
    value -= effect;
    l.citeSentence(f, `misconception:${m.id}`, `${fmt(-effect)} accuracy`, m.sentence);
  }
  if (f.misconceptions.length > 0) l.gap('accuracy', `states a misconception: ${f.misconceptions[0]?.claim ?? ''}`);
  return l.set('accuracy', value);
}

/** Share of the answer that serves the question asked. */
export function focus(f: Features, l: Ledger): number {
  const off = f.sentenceRelevance.findIndex((r) => r < 0.15);
  if (f.relevance < 0.6) {
    l.gap('focus', 'much of the answer is not about the question');
    if (off >= 0) l.citeSentence(f, 'off-topic', `${fmt(f.relevance - 1)} focus`, off);
  }
  return l.set('focus', f.relevance);
}

/** Reasons, decisions and trade-offs per on-topic sentence: reasoning, not listing. */
export function reasoning(f: Features, l: Ledger): number {
  const reasoned = f.views.filter((v) => v.cued).length;
  const value = saturate(reasoned, Math.max(2, Math.min(4, f.sentenceCount * 0.4)));
  const first = [...f.cues.reason, ...f.cues.decision][0];
  if (first !== undefined) l.cite('reasoning', `${fmt(value)} reasoning`, first);
  else l.gap('tradeoffs', 'no reasons or decisions given');
  return l.set('reasoning', value);
}

/** Hedges ("maybe", "I guess", "stuff like that") make a knowledge answer less precise. */
export function precision(f: Features, l: Ledger): number {
  const hedges = f.cues.hedge.length;
  const density = hedges / Math.max(1, f.sentenceCount);
  const value = 1 - Math.min(1, density * 0.8);
  const first = f.cues.hedge[0];
  if (first !== undefined) l.cite('hedging', `${fmt(value - 1)} precision`, first);
  return l.set('precision', value);
}

/** Numbers with something measured: the quantified result of BRIEF §3 and §6. */
export function numbers(f: Features, l: Ledger, full = 2): number {
  const value = saturate(f.quantities.length, full);
  const first = f.quantities[0];
  if (first !== undefined) l.cite('numbers', `${fmt(value)} numbers`, first);
  else l.gap('numbers', 'no concrete numbers');
  return value;
}
