import type { Competency, QuestionType } from '../bank/question.ts';
import type { Features } from './features/extract.ts';
import type { AnswerScore } from './types.ts';

const DEFAULTS: Readonly<Record<QuestionType, readonly Competency[]>> = {
  general: ['system_design', 'communication'],
  technical: ['system_design', 'data_strategy'],
  behavioral: ['reliability', 'communication'],
  situational: ['system_design', 'reliability'],
  experience: ['system_design', 'communication'],
  motivation: ['communication'],
};

const DATA = /\b(database|storage|store|cache|caching|index(es|ing)?|partition\w*|shard\w*|replica\w*|schema|access pattern|read[- ]heavy|write[- ]heavy|ttl|eviction|sql|nosql|key[- ]value)\b/gi;
const RELIABILITY = /\b(retr(y|ies|ied)|timeouts?|failover|degrad\w+|idempoten\w*|backoff|circuit[- ]breaker|monitor\w*|alert\w*|on[- ]call|slos?|fallback|health[- ]checks?|redundan\w+|rollback|observab\w+)\b/gi;

function distinct(text: string, re: RegExp): number {
  const seen = new Set<string>();
  for (const m of text.matchAll(re)) seen.add(m[0].toLowerCase());
  return seen.size;
}

function clamp(v: number): number {
  return Math.round(Math.max(1, Math.min(5, v)) * 10) / 10;
}

/**
 * Contributions to the scorecard competencies of BRIEF §5, on the 1–5
 * scale: the answer's score, moved by up to a point by the competency's own
 * signal (storage chosen with a reason, failure handling, concise decisions).
 */
export function competencyContributions(
  score: AnswerScore,
  f: Features,
  dims: Record<string, number>,
  type: QuestionType,
  assessed: readonly Competency[] | null,
): Partial<Record<Competency, number>> {
  const text = f.analysis.text;
  const signal: Record<Competency, number> = {
    system_design: dims.coverage ?? dims.structure ?? dims.projects ?? 0.5,
    data_strategy: Math.min(1, distinct(text, DATA) / 3) * (f.views.some((v) => v.reasoned) ? 1 : 0.6),
    reliability: Math.min(1, distinct(text, RELIABILITY) / 3),
    communication: ((dims.focus ?? 0.5) + (dims.reasoning ?? dims.precision ?? 0.5)) / 2,
  };
  const out: Partial<Record<Competency, number>> = {};
  for (const c of assessed ?? DEFAULTS[type]) out[c] = clamp(score + (signal[c] - 0.5));
  return out;
}
