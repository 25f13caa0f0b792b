import type { Level, QuestionType } from '../bank/question.ts';
import type { Features } from './features/extract.ts';
import type { LevelEstimate } from './types.ts';

/**
 * Seniority signals of BRIEF §6, each worth points towards a level. The
 * estimate is the highest level whose signals the answer shows clearly,
 * so a staff answer that also mentions queues is still staff.
 */
const SIGNALS: Readonly<Record<Exclude<Level, 'junior'>, RegExp>> = {
  mid: /\b(end[ -]to[ -]end|own(ed|ing)? (the|a|our)|event[- ]driven|queues?|rate[- ]limit\w*|idempoten\w*|load[- ]test\w*|beyond (the )?(expected )?peak|metrics|dashboards?|throughput|uptime|alerts?)\b/gi,
  senior: /\b(multi[- ]region|regions?|durab\w+|checkpoint\w*|persistent queues?|migrat\w+ (without|with no)|no downtime|zero[- ]downtime|cut (over|one)|failover|slos?|p99|p999|mentor\w*|led|disaster|zone loss)\b/gi,
  staff: /\b(organi[sz]ation[- ]wide|company[- ]wide|platform|(\d+|dozens of|many|forty|thirty|twenty) (product )?teams|across (the )?teams|consensus|agree on|pluggable|sla[- ]tier\w*|tiers|federat\w+|shadow[- ]mode|shadow|dual[- ]writ\w+|staged rollout|team by team|standard\w*|rfcs?)\b/gi,
};
const LEVELS: readonly Level[] = ['junior', 'mid', 'senior', 'staff'];
const NEEDED: Readonly<Record<Exclude<Level, 'junior'>, number>> = { mid: 2, senior: 2, staff: 3 };

const LEVELLED_TYPES: readonly QuestionType[] = ['behavioral', 'experience', 'situational'];

function countDistinct(text: string, re: RegExp): number {
  const seen = new Set<string>();
  for (const m of text.matchAll(re)) seen.add(m[0].toLowerCase());
  return seen.size;
}

export function estimateLevel(f: Features, type: QuestionType, isDesign: boolean, exemplar?: Level): LevelEstimate | null {
  if (!LEVELLED_TYPES.includes(type) && !isDesign) return null;
  if (exemplar !== undefined) return { estimate: exemplar, mistakes: commonMistakes(f) };
  const text = f.analysis.text;
  let estimate: Level = 'junior';
  for (const level of ['mid', 'senior', 'staff'] as const) {
    if (countDistinct(text, SIGNALS[level]) >= NEEDED[level]) estimate = level;
  }
  return { estimate, mistakes: commonMistakes(f) };
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

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}
