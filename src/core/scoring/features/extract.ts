import type { Analysis } from '../text/analyse.ts';
import { findCues, type CueKind, type CueMatch } from '../text/cues.ts';
import { bagOfSentence, bagOfTokens, weightOf, type Bag } from '../match/bag.ts';
import type { Token } from '../text/analyse.ts';
import { criticalWords, matchConcepts, matchMisconceptions, type ConceptHit, type MisconceptionHit, type SentenceView } from '../match/claims.ts';
import type { Reference } from '../rubric/reference.ts';
import { findActions, isHadContraction, type Action } from './actions.ts';
import { seniorityHits, type SignalHit } from './seniority.ts';
import { DOMAIN_VOCABULARY, NARRATIVE_VOCABULARY } from './domain.ts';

/** Everything the dimension rules read from one answer. */
export interface Features {
  readonly analysis: Analysis;
  readonly words: number;
  readonly sentenceCount: number;
  readonly cues: Readonly<Record<CueKind, readonly CueMatch[]>>;
  readonly actions: readonly Action[];
  readonly concepts: readonly ConceptHit[];
  readonly misconceptions: readonly MisconceptionHit[];
  readonly views: readonly SentenceView[];
  /** Per sentence, the share of its content words that belong to the question's vocabulary. */
  readonly sentenceRelevance: readonly number[];
  /** Share of the answer's words in on-topic sentences. */
  readonly relevance: number;
  /** The same with a stricter bar per sentence: what the rambling flag reads. */
  readonly strictRelevance: number;
  /** Numbers with something measured: "40%", "3 weeks", "900 a second". */
  readonly quantities: readonly CueMatch[];
  /** Seniority signals of BRIEF §6 (features/seniority.ts). */
  readonly seniority: readonly SignalHit[];
}

const CUE_KINDS: readonly CueKind[] = ['reason', 'decision', 'tradeoff', 'sequence', 'context', 'hedge',
  'hypothetical', 'situation', 'task', 'result', 'operations', 'migration', 'generic'];

/** "If I did it again, I would…": what a candidate would change, said after the story, not instead of it. */
const REFLECTION = /\b(if i (did|do|had to do|were to do|could do|got to do|was to do) (it|this|that|the project|the work)( all)? (again|over)|if i (started|were starting|could start) (again|over)|in hindsight|with hindsight|looking back|next time|in retrospect|(what|things) i(('d)| would) do differently|i(('d)| would) do (it|things) differently)\b/i;

const DISTANCING = /\b(people (often )?(think|assume|believe|say)|a (common )?(myth|mistake|misconception)|is wrong|isn't true|is not true|naive(ly)?|it's tempting|some think|contrary to)\b/i;
const ON_TOPIC = 0.3;
const NUMERIC = /\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|billion|half|third|quarter|dozen|tenfold|twice)\b/i;
/** Sample answers share everyday words (team, people, learn) with any story: the flag needs a higher bar. */
const STRICTLY_ON_TOPIC = 0.4;

function within(m: CueMatch, start: number, end: number): boolean {
  return m.start >= start && m.end <= end;
}

export function extractFeatures(a: Analysis, ref: Reference): Features {
  const cues = Object.fromEntries(CUE_KINDS.map((k) => [k, findCues(a.text, k)])) as Record<CueKind, CueMatch[]>;
  // A measured quantity carries a number: "40%", "nine days", "a third"; "in the evening" is a time, not a measurement.
  const quantities = a.quantities.filter((q) => q.type !== 'ORDINAL' && q.type !== 'DATE' && NUMERIC.test(a.text.slice(q.start, q.end)));
  const views: SentenceView[] = a.sentences.map((s) => {
    const text = a.text.slice(s.start, s.end);
    const cued = (['reason', 'decision', 'tradeoff', 'context'] as const).some((k) => cues[k].some((m) => within(m, s.start, s.end)));
    const explained = explains(s.tokens);
    const reasoned = cued || quantities.some((q) => within(q, s.start, s.end)) || explained;
    const critics = criticalWords(s.tokens);
    return { bag: bagOfSentence(s), clauses: clauses(s.tokens), reasoned, cued, explained, distanced: DISTANCING.test(text), critical: critics.length > 0, criticalWords: critics, text };
  });

  const tokenSentence = new Map<number, number>();
  a.sentences.forEach((s, si) => s.tokens.forEach((t) => tokenSentence.set(t.start, si)));
  const found = findActions(a.tokens, (i) => tokenSentence.get(a.tokens[i]?.start ?? -1) ?? 0);
  const reflective = reflectionSentences(a, found);
  // A reflection's "I would" is a lesson drawn from the story, not a story told as a plan: it counts as neither.
  const actions = found.filter((x) => !(x.mode === 'hypothetical' && reflective.has(x.sentence)));
  const hypothetical = cues.hypothetical
    .filter((m) => !a.sentences.some((sent, i) => reflective.has(i) && within(m, sent.start, sent.end)))
    .filter((m) => !isHadCue(a, m));

  const misconceptions = matchMisconceptions(ref, views);
  const concepts = matchConcepts(ref, views, new Set(misconceptions.map((m) => m.sentence)));
  const sentenceRelevance = views.map((v, i) => relevanceOf(v, ref, concepts.some((c) => c.sentence === i && c.strength >= 0.5)));
  let onTopicWords = 0;
  let strictWords = 0;
  let allWords = 0;
  a.sentences.forEach((s, i) => {
    const n = s.tokens.filter((t) => t.kind === 'word' || t.kind === 'number').length;
    allWords += n;
    if ((sentenceRelevance[i] ?? 0) >= ON_TOPIC) onTopicWords += n;
    if ((sentenceRelevance[i] ?? 0) >= (ref.source === 'bank' ? STRICTLY_ON_TOPIC : ON_TOPIC)) strictWords += n;
  });
  return {
    analysis: a,
    words: a.wordCount,
    sentenceCount: a.sentences.length,
    cues: { ...cues, hypothetical },
    actions,
    concepts,
    misconceptions,
    views,
    sentenceRelevance,
    relevance: allWords === 0 ? 0 : onTopicWords / allWords,
    strictRelevance: allWords === 0 ? 0 : strictWords / allWords,
    quantities: quantities.map((q) => ({ start: q.start, end: q.end })),
    seniority: seniorityHits(a),
  };
}

/** A hypothetical cue "we'd" that is "we had" ("we'd tested"): its 'd token decides. */
function isHadCue(a: Analysis, m: CueMatch): boolean {
  const i = a.tokens.findIndex((t) => t.end === m.end && /^['’]d$/i.test(t.value));
  return i >= 0 && isHadContraction(a.tokens, i);
}

/**
 * The sentences of a reflection: one that opens with "if I did it again",
 * "looking back" and the like, and the "I would" sentences straight after
 * it. Only in an answer that told its story in the past tense first: an
 * answer that is all "looking back, I would…" is still a plan.
 */
function reflectionSentences(a: Analysis, actions: readonly Action[]): ReadonlySet<number> {
  const out = new Set<number>();
  a.sentences.forEach((sentence, i) => {
    const past = actions.some((x) => x.sentence === i && x.mode === 'past');
    if (REFLECTION.test(a.text.slice(sentence.start, sentence.end)) || (out.has(i - 1) && !past)) out.add(i);
  });
  const toldBefore = actions.filter((x) => x.mode === 'past' && !out.has(x.sentence) && x.sentence < Math.min(...out)).length;
  return toldBefore >= 3 ? out : new Set();
}

/**
 * A sentence serves the question when its content words come from the
 * question's vocabulary (bank rubric) or the domain's (generic rubric), or
 * when it states one of the rubric's concepts.
 */
function relevanceOf(v: SentenceView, ref: Reference, statesConcept: boolean): number {
  if (statesConcept) return 1;
  // A bank question is judged on its own vocabulary (text, concepts, sample answers) and the domain's;
  // free text also on a story's everyday words.
  const broad = ref.source === 'generic';
  let total = 0;
  let hit = 0;
  for (const s of v.bag.stems) {
    const w = weightOf(s);
    total += w;
    if (ref.vocabulary.has(s) || (DOMAIN_VOCABULARY.has(s)) || (broad && NARRATIVE_VOCABULARY.has(s))) hit += w;
  }
  return total === 0 ? 0 : hit / total;
}

/** Verbs that name no mechanism: "X is used", "we use X and Y to achieve Z". */
const GENERIC_VERBS = new Set(['be', 'have', 'use', 'include', 'achieve', 'provide', 'leverage', 'utilize', 'employ',
  'involve', 'support', 'allow', 'enable', 'apply', 'implement', 'handle', 'make', 'do', 'get', 'help', 'consist',
  'combine', 'rely', 'mean', 'call', 'know', 'exist', 'become', 'need', 'want', 'like', 'think', 'say', 'go',
  'participate', 'deliver', 'ensure', 'facilitate', 'offer', 'contribute', 'follow', 'prioritize', 'address',
  'manage', 'play', 'relate', 'incorporate', 'encompass', 'comprise', 'feature', 'require', 'consider', 'work']);

/**
 * A sentence explains when a concrete verb does something (a mechanism, a
 * consequence) and the sentence is not a list of nouns: the "concept with a
 * reason" test without a because.
 */
function explains(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word').length;
  const joins = tokens.filter((t) => t.value === ',' || t.lemma === 'and' || t.lemma === 'or').length;
  if (words === 0 || joins / words > 0.2) return false;
  return tokens.some((t, i) => isFiniteAction(t, tokens[i - 1], i === 0));
}

const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON', 'AUX', 'ADV', 'PART', 'NUM']);

/**
 * A verb that acts: not a gerund, not a participle used as an adjective
 * ("distributed locks", "lost updates"), not glue. Sentence-initial verbs are
 * imperatives ("Hash the keys…") and count.
 */
function isFiniteAction(t: Token, prev: Token | undefined, first: boolean): boolean {
  if (t.pos !== 'VERB' || GENERIC_VERBS.has(t.lemma) || /ing$/i.test(t.value)) return false;
  return first || (prev !== undefined && SUBJECT_POS.has(prev.pos));
}

const CLAUSE_BREAK = new Set([';', ':', '—', '–', 'but', 'whereas', 'while', 'although']);

function clauses(tokens: readonly Token[]): Bag[] {
  const out: Bag[] = [];
  let current: Token[] = [];
  for (const t of tokens) {
    if (CLAUSE_BREAK.has(t.value.toLowerCase())) {
      if (current.length > 0) out.push(bagOfTokens(current, false));
      current = [];
    } else current.push(t);
  }
  if (current.length > 0 && out.length > 0) out.push(bagOfTokens(current, false));
  return out;
}

/**
 * How much of the question's own wording (its topic and text, minus generic
 * words) the answer takes up: an answer to a neighbouring question leaves it
 * untouched even when it is fluent and on the domain.
 */
export function questionOverlap(f: Features, ref: Reference): number {
  const answer = new Set(f.views.flatMap((v) => v.bag.stems));
  let total = 0;
  let hit = 0;
  for (const s of ref.questionBag.set) {
    const w = weightOf(s);
    if (w < 1) continue;
    total += 1;
    if (answer.has(s)) hit += 1;
  }
  return total === 0 ? 1 : hit / total;
}
