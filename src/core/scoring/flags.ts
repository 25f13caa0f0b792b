import type { QuestionType } from '../bank/question.ts';
import type { Features } from './features/extract.ts';
import { DOMAIN_VOCABULARY } from './features/domain.ts';
import { hypotheticalShare } from './dimensions/behavioral.ts';
import type { AnswerScore, Flag } from './types.ts';

/** A flag and the highest score an answer carrying it may receive. */
export interface RaisedFlag {
  readonly flag: Flag;
  readonly cap: AnswerScore;
}

const PAST_EXAMPLE_TYPES: readonly QuestionType[] = ['behavioral', 'experience'];

/**
 * A very short answer: under ONE_LINER_WORDS words, however it is punctuated.
 * A single long sentence that states what was done, a number and a trade-off
 * is not a one-liner (it is judged on its content like any other answer).
 */
export const ONE_LINER_WORDS = 18;

export function isOneLiner(f: Features, _type: QuestionType): boolean {
  return (f.analysis.text.match(/[\p{L}\p{N}]\S*/gu) ?? []).length < ONE_LINER_WORDS;
}

/** Long and mostly about something else: the red flag of general answers (BRIEF §3). */
export function isRambling(f: Features): boolean {
  return f.words >= 100 && f.strictRelevance < 0.5;
}

/**
 * The right terms listed without reasoning, example or structure: many
 * concepts touched, almost no sentence that gives a reason or a decision, and
 * the text reads as a list (commas, verbless fragments) or is too short to
 * explain anything.
 */
export function keywordStuffing(f: Features): 'list' | 'terms-without-decision' | null {
  const touched = f.concepts.filter((c) => c.strength > 0).length;
  const termy = touched >= 3 || (f.concepts.length === 0 && domainDensity(f) >= 0.5 && distinctDomainWords(f) >= 4);
  if (!termy) return null;
  const cuedShare = f.views.filter((v) => v.cued).length / Math.max(1, f.sentenceCount);
  const joins = (f.analysis.text.match(/[,;/]|\b(and|or)\b/g) ?? []).length / Math.max(1, f.words);
  const verbless = f.analysis.sentences.filter((s) => !s.tokens.some((t) => t.pos === 'VERB')).length;
  const fragments = verbless / Math.max(1, f.sentenceCount) >= 0.5;
  const told = f.actions.filter((a) => a.mode === 'past').length >= 2;
  const explainedShare = f.views.filter((v) => v.explained).length / Math.max(1, f.sentenceCount);
  if (told) return null;
  const cueDensity = (['reason', 'decision', 'tradeoff', 'context'] as const).reduce((n, k) => n + f.cues[k].length, 0) / Math.max(1, f.words);
  // A comma list is a list whatever verbs or a stray "versus" hide in its terms.
  if ((fragments || joins >= 0.25) && cueDensity < 0.03) return 'list';
  if (cuedShare > 0.2) return null;
  if (explainedShare > 0.34) return null;
  return joins >= 0.08 || f.words < 60 ? 'terms-without-decision' : null;
}

function distinctDomainWords(f: Features): number {
  return new Set(f.views.flatMap((v) => v.bag.stems).filter((s) => DOMAIN_VOCABULARY.has(s))).size;
}

function domainDensity(f: Features): number {
  const rel = f.sentenceRelevance;
  return rel.length === 0 ? 0 : rel.reduce((a, b) => a + b, 0) / rel.length;
}

export function isHypothetical(f: Features, type: QuestionType): boolean {
  if (!PAST_EXAMPLE_TYPES.includes(type)) return false;
  const hyp = f.actions.filter((a) => a.mode === 'hypothetical').length + f.cues.hypothetical.length;
  return hyp >= 2 && hypotheticalShare(f) > 0.5;
}

export function contentFlags(f: Features, type: QuestionType): RaisedFlag[] {
  const out: RaisedFlag[] = [];
  if (isOneLiner(f, type)) out.push({ flag: { code: 'one-liner', message: 'a one-line answer' }, cap: 2 });
  if (isRambling(f)) out.push({ flag: { code: 'rambling', message: 'long and mostly off the question' }, cap: 2 });
  const stuffing = keywordStuffing(f);
  if (stuffing !== null) {
    const message = stuffing === 'list' ? 'a list of terms' : 'terms strung together without a reason or decision';
    out.push({ flag: { code: 'keyword-stuffing', message }, cap: stuffing === 'list' ? 1 : 2 });
  }
  if (isHypothetical(f, type)) {
    out.push({ flag: { code: 'hypothetical', message: 'says what they would do where a past example was asked' }, cap: 2 });
  }
  return out;
}
