import type { Features } from '../features/extract.ts';
import type { Reference } from '../rubric/reference.ts';
import type { Ledger } from './ledger.ts';
import { accuracy, conceptCoverage, focus, precision, reasoning } from './shared.ts';

/**
 * Technical and general questions (BRIEF §3): concept coverage, accuracy
 * (misconceptions lower it), precision and focus. Without a bank rubric the
 * coverage falls back to on-topic reasoning, which is weaker evidence, so the
 * caller marks such scores low-confidence.
 */
export function scoreKnowledge(f: Features, ref: Reference, l: Ledger): number {
  const coverage = conceptCoverage(f, ref, l);
  const acc = accuracy(f, l);
  const foc = focus(f, l);
  const prec = precision(f, l);
  const why = reasoning(f, l);
  if (coverage === null) {
    return 0.45 * why + 0.35 * foc + 0.2 * prec - (1 - acc) * 0.5;
  }
  // Accuracy multiplies: a confident misconception undermines the covered concepts.
  // Reasoning only counts on top of covered concepts: fluent reasons about something else earn nothing.
  const content = coverage * (0.65 + 0.35 * why);
  return content * (0.4 + 0.6 * acc) * (0.6 + 0.4 * foc) * (0.8 + 0.2 * prec);
}
