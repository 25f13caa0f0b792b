import type { Features } from '../features/extract.ts';
import type { Reference } from '../rubric/reference.ts';
import { fmt, saturate, type Ledger } from './ledger.ts';
import { conceptCoverage, focus } from './shared.ts';

const SPECIFIC = /\b(your (team|product|platform|company|service|system|customers|mission|stack|work|engineering)|this (role|team|position|job)|the (role|team|position)|you (build|run|are building|use|do)|distributed|backend|infrastructure|reliability|scale)\b/gi;

/** Openly indifferent to the role: the 1 of the motivation rubric. */
const INDIFFERENT = /\b(i need (a|any|something|the) (job|stable|income|money)|need something stable|(don't|do not) (really )?(mind|care) what|whatever the team|any (job|role|company) (is fine|will do)|(contract|visa) ends|(salary|pay|money|remote) is the main|main thing for me|mainly for the (salary|money|pay))\b/gi;

export function indifference(text: string): { start: number; end: number }[] {
  return [...text.matchAll(INDIFFERENT)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** Motivation: specific to this role and team, backed by evidence, not generic enthusiasm. */
export function scoreMotivation(f: Features, ref: Reference, l: Ledger): number {
  const text = f.analysis.text;
  const specific = [...text.matchAll(SPECIFIC)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  // A reason given in the role's own terms counts as specific too ("payments, because correctness matters").
  const reasonsOnTopic = f.views.filter((v, i) => v.cued && (f.sentenceRelevance[i] ?? 0) >= 0.4).length;
  const role = l.set('role-specific', saturate(specific.length + reasonsOnTopic, 3));
  if (specific[0]) l.cite('role-specific', `${fmt(role)} role-specific`, specific[0]);
  else l.gap('role-specific', 'nothing specific to this role or team');
  const past = f.actions.filter((a) => a.subject === 'i' && a.mode === 'past');
  const evidence = l.set('evidence', 0.6 * saturate(past.length, 2) + 0.4 * saturate(f.quantities.length, 1));
  if (past[0]) l.cite('evidence', `${fmt(evidence)} evidence`, past[0]);
  else l.gap('evidence', 'no evidence from your own work backs the interest');
  const generic = f.cues.generic.length;
  const genericShare = generic / Math.max(1, f.sentenceCount);
  if (f.cues.generic[0]) l.cite('generic-enthusiasm', fmt(-Math.min(0.5, genericShare * 0.5)), f.cues.generic[0]);
  const coverage = conceptCoverage(f, ref, l);
  const foc = focus(f, l);
  const cold = indifference(text);
  for (const span of cold) l.cite('indifferent', '-0.50 role-specific', span);
  const core = 0.5 * role + 0.5 * evidence - Math.min(0.3, genericShare * 0.3) - (cold.length > 0 ? 0.5 : 0);
  const content = coverage === null ? core : 0.7 * core + 0.3 * coverage;
  return content * (0.6 + 0.4 * foc);
}
