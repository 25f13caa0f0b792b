import { LEVELS, type Level, type QuestionType } from '../bank/question.ts';
import type { Features } from './features/extract.ts';
import type { LevelEstimate } from './types.ts';
import { levelOf } from './features/seniority.ts';

const LEVELLED_TYPES: readonly QuestionType[] = ['behavioral', 'experience', 'situational'];

/**
 * The level of BRIEF §6 that the answer's own seniority signals show
 * (features/seniority.ts): scope and ownership, the mechanisms and numbers of
 * each level. Nothing here compares the answer with the rubric's sample answers.
 */
export function estimateLevel(f: Features, type: QuestionType, isDesign: boolean): LevelEstimate | null {
  if (!LEVELLED_TYPES.includes(type) && !isDesign) return null;
  const text = f.analysis.text;
  const signals = [...f.seniority].sort((a, b) => a.start - b.start)
    .map((h) => ({ level: h.level, signal: h.id, quote: text.slice(h.start, h.end), start: h.start, end: h.end }));
  return { estimate: levelOf(f.seniority), signals, mistakes: commonMistakes(f) };
}

/** The common mistakes of BRIEF §6 that an answer shows. */
export function commonMistakes(f: Features): string[] {
  const out: string[] = [];
  const decisions = f.cues.decision.length + f.cues.tradeoff.length + f.cues.reason.length;
  if (decisions === 0) out.push('only lists technologies, with no decisions or trade-offs');
  if (f.cues.operations.length === 0) out.push('no operations story: monitoring, alerting, failures in production');
  if (/\b(replac\w+|legacy|old system|rewr[io]te\w*|monolith)\b/i.test(f.analysis.text) && f.cues.migration.length === 0) {
    out.push('no migration story for replacing the existing system');
  }
  if (f.quantities.length === 0) out.push('no concrete numbers');
  if (isOverEngineered(f.analysis.text)) out.push(OVER_ENGINEERING);
  return out;
}

export const OVER_ENGINEERING = 'over-engineering: heavy distributed machinery for the small problem the answer itself describes';

/** Machinery that earns its cost only at a scale, or for a guarantee, that calls for it. */
const HEAVY = /\b(kubernetes|k8s|microservices?|kafka|service mesh|istio|multi[- ]region|shard(?:s|ing|ed)?|event sourcing|cqrs|raft|paxos|consensus protocol|cassandra|spark cluster)\b/gi;
/** The answer's own words for a small problem. */
const SMALL_PROBLEM = /\b(small (?:team|app|application|service|site|shop|business|company|tool|dataset|project|internal tool)|internal tool|low traffic|(?:a few|a couple of|a few hundred|a hundred|a dozen|dozens of|hundreds of) (?:users|requests|customers|orders|records|rows)(?: (?:a|per) (?:day|week|month))?|mvp|proof of concept)\b/i;
/** Words just before a heavy term that keep it out ("instead of Kafka", "no need for sharding"). */
const KEPT_OUT = /\b(?:not|no|never|avoid(?:ed|ing)?|without|instead of|rather than|skip(?:ped)?|didn't|don't|did not|do not|no need for|overkill|unnecessary|dropped)\b[^.!?]{0,30}$/i;
/** The candidate weighing it themselves. */
const AWARE = /\b(overkill|over-?engineer\w*|more than (?:we|it) need\w*|simplest thing|keep it simple|yagni)\b/i;

/** One kind per piece of machinery: "k8s" is Kubernetes, "shards" is sharding. */
function kindOf(term: string): string {
  const t = term.toLowerCase();
  if (t === 'k8s') return 'kubernetes';
  if (t.startsWith('shard')) return 'sharding';
  if (t.startsWith('microservice')) return 'microservices';
  return t.replace('-', ' ');
}

/**
 * BRIEF §6's over-engineering, only where the answer shows it itself: it
 * describes a small problem and still reaches for two or more kinds of heavy
 * machinery, not named to reject them, and never weighs whether they are worth it.
 */
function isOverEngineered(text: string): boolean {
  if (!SMALL_PROBLEM.test(text) || AWARE.test(text)) return false;
  const used = new Set<string>();
  for (const m of text.matchAll(HEAVY)) {
    if (!KEPT_OUT.test(text.slice(Math.max(0, m.index - 40), m.index))) used.add(kindOf(m[1]!));
  }
  return used.size >= 2;
}

/** Rank of a level, junior 0 … staff 3; an unplaced answer (null) ranks −1. */
export function levelRank(level: Level | null): number {
  return level === null ? -1 : LEVELS.indexOf(level);
}

/** The median of the levels given (the lower middle of an even count); null when there are none. */
export function medianLevel(levels: readonly Level[]): Level | null {
  const ranks = levels.map(levelRank).sort((a, b) => a - b);
  if (ranks.length === 0) return null;
  return LEVELS[ranks[Math.floor((ranks.length - 1) / 2)]!] ?? null;
}
