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
  return out;
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
