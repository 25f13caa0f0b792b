import {
  CONCEPT_RULES,
  FALLBACK_GAPS,
  FALLBACK_STRENGTHS,
  GAP_BY_CODE,
  GAP_BY_FLAG,
  STRENGTH_BY_RULE,
  UNANSWERED_GAP,
  conceptGap,
  conceptStrength,
} from './phrases.ts';

/**
 * What feedback may look at, per question of the screen: the rubric's words
 * (topic, concept labels) and what the scoring found (which rules fired,
 * which gaps and flags). The type has no score, no threshold and no other
 * candidate, so the feedback cannot leak them.
 */
export interface FeedbackQuestion {
  readonly topic: string;
  readonly concepts: readonly { readonly id: string; readonly label: string }[];
  readonly answered: boolean;
  /** Evidence rules with their effect, e.g. `{ rule: 'result', effect: '+0.50 result' }`. */
  readonly evidence: readonly { readonly rule: string; readonly effect: string }[];
  readonly gaps: readonly { readonly code: string }[];
  readonly flags: readonly { readonly code: string }[];
}

export interface CandidateFeedback {
  /** Two or three things the answers did well, in plain words. */
  readonly strengths: readonly string[];
  /** Two or three things to work on, in plain words. */
  readonly gaps: readonly string[];
}

const MAX = 3;
const MIN = 2;

interface Tally {
  readonly text: string;
  /** How many questions showed it. */
  questions: number;
  /** Summed effect of the evidence (strengths only). */
  weight: number;
  /** Position of first appearance, the last tie-breaker. */
  readonly first: number;
}

/** Rubric text is shown only when it holds no digit, so no number can reach the candidate. */
const plain = (text: string): string | null => (/\d/.test(text) ? null : text.trim() || null);

/**
 * Short feedback from a finished interview's rubric results: the strengths
 * seen in most answers and the gaps found in most answers, each as fixed
 * plain-words sentences or rubric labels. Pure and deterministic.
 */
export function candidateFeedback(questions: readonly FeedbackQuestion[]): CandidateFeedback {
  const strengths = new Map<string, Tally>();
  const gaps = new Map<string, Tally>();
  const add = (into: Map<string, Tally>, text: string, weight: number) => {
    const t = into.get(text) ?? { text, questions: 0, weight: 0, first: into.size };
    t.questions += 1;
    t.weight += weight;
    into.set(text, t);
  };
  for (const q of questions) {
    if (!q.answered) continue;
    for (const [text, weight] of strengthsOf(q)) add(strengths, text, weight);
    for (const text of gapsOf(q)) add(gaps, text, 0);
  }
  const unanswered = questions.filter((q) => !q.answered).length;
  if (unanswered > 0) add(gaps, UNANSWERED_GAP, 0);

  const fallbackStrengths = unanswered === 0 ? FALLBACK_STRENGTHS : FALLBACK_STRENGTHS.slice(1);
  return {
    strengths: pick(strengths, fallbackStrengths),
    gaps: pick(gaps, FALLBACK_GAPS),
  };
}

/** Each strength once per question, with the summed positive effect of its evidence. */
function strengthsOf(q: FeedbackQuestion): Map<string, number> {
  const found = new Map<string, number>();
  const topic = plain(q.topic);
  for (const e of q.evidence) {
    const effect = positiveEffect(e.effect);
    if (effect === 0) continue;
    const text = CONCEPT_RULES.has(e.rule) ? conceptStrength(topic) : STRENGTH_BY_RULE[e.rule];
    if (text !== undefined) found.set(text, (found.get(text) ?? 0) + effect);
  }
  return found;
}

function gapsOf(q: FeedbackQuestion): Set<string> {
  const found = new Set<string>();
  const topic = plain(q.topic);
  for (const g of q.gaps) {
    if (g.code.startsWith('concept:')) {
      const concept = q.concepts.find((c) => c.id === g.code.slice('concept:'.length));
      found.add(conceptGap(concept ? plain(concept.label) : null, topic));
    } else {
      const text = GAP_BY_CODE[g.code];
      if (text !== undefined) found.add(text);
    }
  }
  for (const f of q.flags) {
    const text = GAP_BY_FLAG[f.code];
    if (text !== undefined) found.add(text);
  }
  return found;
}

/** `+0.50 result` → 0.5; caps, bands, removals and negative effects → 0. */
function positiveEffect(effect: string): number {
  const match = /^\+(\d+(?:\.\d+)?)/.exec(effect.trim());
  return match ? Number(match[1]) : 0;
}

/** The most common first (then the strongest, then the first seen), topped up to two from the fallbacks. */
function pick(tallies: ReadonlyMap<string, Tally>, fallbacks: readonly string[]): string[] {
  const ranked = [...tallies.values()]
    .sort((a, b) => b.questions - a.questions || b.weight - a.weight || a.first - b.first)
    .slice(0, MAX)
    .map((t) => t.text);
  for (const f of fallbacks) if (ranked.length < MIN && !ranked.includes(f)) ranked.push(f);
  return ranked;
}
