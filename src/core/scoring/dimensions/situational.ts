import type { Features } from '../features/extract.ts';
import type { Reference } from '../rubric/reference.ts';
import { fmt, saturate, type Ledger } from './ledger.ts';
import { accuracy, conceptCoverage, focus, reasoning } from './shared.ts';

/**
 * Situational ("what would you do"): structured step by step, names
 * trade-offs, adapts to the stated context (BRIEF §3).
 */
/** Labelled or numbered steps: "1.", "- ", "Expand:", or actions separated by semicolons. */
const STEP = /(?:^|\n|[.;:]\s+)(?:\d+[.)]\s|[-•*]\s|step \d+|[A-Z][a-z]+:\s)/g;

export function scoreSituational(f: Features, ref: Reference, l: Ledger): number {
  const steps = [...f.analysis.text.matchAll(STEP)].length + (f.analysis.text.match(/;/g) ?? []).length * 0.5;
  const structure = l.set('structure', saturate(f.cues.sequence.length + steps, 3));
  if (f.cues.sequence[0]) l.cite('structure', `${fmt(structure)} structure`, f.cues.sequence[0]);
  else l.gap('structure', 'no clear steps');
  const tradeoffs = l.set('tradeoffs', saturate(f.cues.tradeoff.length, 2));
  if (f.cues.tradeoff[0]) l.cite('tradeoff', `${fmt(tradeoffs)} tradeoffs`, f.cues.tradeoff[0]);
  else l.gap('tradeoffs', 'no trade-offs named');
  const context = l.set('context', saturate(f.cues.context.length, 2));
  if (f.cues.context[0]) l.cite('context', `${fmt(context)} context`, f.cues.context[0]);
  else l.gap('context', 'does not adapt to the stated context');
  const why = reasoning(f, l);
  const coverage = conceptCoverage(f, ref, l);
  const acc = accuracy(f, l);
  const foc = focus(f, l);
  const form = 0.3 * structure + 0.3 * tradeoffs + 0.15 * context + 0.25 * why;
  const content = coverage === null ? form : 0.5 * form + 0.5 * coverage;
  return content * (0.4 + 0.6 * acc) * (0.6 + 0.4 * foc);
}
