import type { Features } from '../features/extract.ts';
import type { Reference } from '../rubric/reference.ts';
import { fmt, saturate, type Ledger } from './ledger.ts';
import { conceptCoverage, focus, numbers } from './shared.ts';

/** Share of the candidate's actions told as what they would do rather than what they did. */
export function hypotheticalShare(f: Features): number {
  const mine = f.actions.filter((a) => a.subject !== 'you' || a.mode === 'hypothetical');
  const hyp = mine.filter((a) => a.mode === 'hypothetical').length + f.cues.hypothetical.length * 0.5;
  const past = mine.filter((a) => a.mode === 'past').length;
  return hyp + past === 0 ? 0 : hyp / (hyp + past);
}

/** Personal actions: "I did", not "we did" (BRIEF §3). */
export function personalActions(f: Features, l: Ledger): number {
  const mine = f.actions.filter((a) => a.subject === 'i' && a.mode === 'past');
  const ours = f.actions.filter((a) => a.subject === 'we' && a.mode === 'past');
  let value = saturate(mine.length, 3);
  if (ours.length > mine.length * 2) value *= 0.6;
  mine.slice(0, 3).forEach((a) => l.cite('personal-action', `${fmt(1 / 3)} personal-actions`, a));
  if (mine.length === 0) l.gap('personal-actions', 'no personal actions: what did you do yourself?');
  else if (ours.length > mine.length * 2) {
    l.cite('we-not-i', '-0.40 personal-actions', ours[0]);
    l.gap('personal-actions', 'mostly "we": your own part is unclear');
  }
  return l.set('personal-actions', value);
}

/**
 * Behavioral (STAR): a concrete situation, the task, the candidate's own
 * actions in the past tense, and a measurable result.
 */
export function scoreBehavioral(f: Features, ref: Reference, l: Ledger): number {
  const situation = l.set('situation', saturate(f.cues.situation.length + (f.quantities.length > 0 ? 0.5 : 0), 2));
  if (f.cues.situation[0]) l.cite('situation', `${fmt(situation)} situation`, f.cues.situation[0]);
  else l.gap('situation', 'no concrete situation: when and where did this happen?');
  const task = l.set('task', saturate(f.cues.task.length, 1));
  if (f.cues.task[0]) l.cite('task', `${fmt(task)} task`, f.cues.task[0]);
  else l.gap('task', 'the goal or your responsibility is not stated');
  const actions = personalActions(f, l);
  const resultCue = saturate(f.cues.result.length, 2);
  const num = numbers(f, l, 2);
  const result = l.set('result', 0.5 * resultCue + 0.5 * num);
  if (f.cues.result[0]) l.cite('result', `${fmt(result)} result`, f.cues.result[0]);
  if (result < 0.5) l.gap('result', 'result not quantified');
  const hyp = hypotheticalShare(f);
  const past = l.set('past-example', 1 - hyp);
  if (hyp > 0.4) l.gap('specifics', 'told as what you would do: describe what actually happened');
  const coverage = conceptCoverage(f, ref, l);
  const foc = focus(f, l);
  const star = 0.15 * situation + 0.1 * task + 0.4 * actions + 0.35 * result;
  const content = coverage === null ? star : 0.75 * star + 0.25 * coverage;
  return content * (0.3 + 0.7 * past) * (0.6 + 0.4 * foc);
}
