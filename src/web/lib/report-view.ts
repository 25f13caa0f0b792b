import { signalLine } from '../../interviews/report-markdown.ts';
import type { Evidence, Report, ReportQuestion, TranscriptTurn } from '../api/types.ts';

/** A report's loosely-typed parts, read into the shapes the page draws. */
export interface AnswerPart {
  readonly key: string;
  readonly label: string;
  /** For a follow-up: what the interviewer asked. */
  readonly prompt?: string;
  readonly text: string;
  readonly evidence: readonly Evidence[];
}

export function asText(x: string | { code?: string; message?: string; prompt?: string; text?: string } | undefined): string {
  if (x === undefined) return '';
  if (typeof x === 'string') return x;
  return x.message ?? x.prompt ?? x.text ?? x.code ?? '';
}

export function dimensionsOf(q: ReportQuestion): [string, number][] {
  const d = q.dimensions;
  if (!d) return [];
  if (Array.isArray(d)) return d.map((x, i) => [x.name ?? x.id ?? `dimension ${i + 1}`, x.score] as [string, number]);
  return Object.entries(d as Record<string, number>);
}

export function competenciesOf(r: Report): [string, number | null][] {
  const c = r.competencies;
  if (!c) return [];
  if (Array.isArray(c)) return c.map((x) => [x.competency, x.score] as [string, number | null]);
  return Object.entries(c as Record<string, number | null>);
}

export function levelOf(r: Report): string | null {
  if (!r.level) return null;
  if (typeof r.level === 'string') return r.level;
  return r.level.estimate ?? r.level.level ?? null;
}

/** "senior · multi region: “home region”" for each seniority signal of an answer. */
export function levelSignalsOf(q: ReportQuestion): string[] {
  return (q.levelSignals ?? []).map(signalLine);
}

function isCandidate(t: TranscriptTurn): boolean {
  const who = (t.role ?? t.speaker ?? t.kind ?? '').toLowerCase();
  return who === 'candidate' || who === 'answer' || who === 'user';
}

/**
 * The candidate's answers to one question, each with the evidence that
 * points into it. Evidence offsets refer to the question's answer text, or
 * to one turn when the evidence names it.
 */
export function answerParts(r: Report, q: ReportQuestion): AnswerPart[] {
  const evidence = q.evidence ?? [];
  if (q.answers && q.answers.length > 0) {
    const answers = q.answers;
    const home = (e: Evidence): number => {
      const seq = e.turnSeq ?? e.turn;
      if (seq !== undefined) return answers.findIndex((a, i) => (a.seq ?? i) === seq);
      const exact = answers.findIndex((a) => a.text.slice(e.start, e.end) === e.quote);
      return exact >= 0 ? exact : answers.findIndex((a) => a.text.includes(e.quote));
    };
    return answers.map((a, i) => ({
      key: `a${a.seq ?? i}`,
      label: i === 0 ? 'Answer' : `Answer to follow-up ${i}`,
      text: a.text,
      evidence: evidence.filter((e) => home(e) === i),
    }));
  }
  const parts: AnswerPart[] = [];
  if (typeof q.answer === 'string') parts.push({ key: 'a', label: 'Answer', text: q.answer, evidence });
  (q.followUps ?? []).forEach((f, i) => {
    if (typeof f === 'string' || typeof f.answer !== 'string') return;
    parts.push({ key: `f${i}`, label: `Follow-up ${i + 1}`, prompt: f.prompt ?? f.text ?? '', text: f.answer, evidence: f.evidence ?? [] });
  });
  if (parts.length > 0) return parts;
  const turns = r.transcript.filter((t) => t.questionId === q.questionId && isCandidate(t));
  const text = turns.map((t) => t.text).join('\n\n');
  return text ? [{ key: 't', label: 'Answer', text, evidence }] : [];
}

export function isCandidateTurn(t: TranscriptTurn): boolean {
  return isCandidate(t);
}

/** Dimension scores come on a 0–1 scale (or 1–5); show two decimals at most. */
export function formatDimension(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** The question's score with its follow-ups taken together, when the report has it. */
export function questionScore(q: ReportQuestion): number | null {
  return q.combinedScore ?? q.score;
}
