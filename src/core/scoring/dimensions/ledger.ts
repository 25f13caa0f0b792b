import type { Evidence, Gap } from '../types.ts';
import type { Features } from '../features/extract.ts';
import type { CueMatch } from '../text/cues.ts';

/**
 * Collects the dimension values, the evidence behind them and the gaps, so
 * every rule that moves a score leaves a trace quoting the answer. Quotes are
 * cut from the original text by offset, so they are exact substrings.
 */
export class Ledger {
  readonly dimensions: Record<string, number> = {};
  readonly evidence: Evidence[] = [];
  readonly gaps: Gap[] = [];

  constructor(private readonly text: string) {}

  set(dimension: string, value: number): number {
    const v = Math.max(0, Math.min(1, value));
    this.dimensions[dimension] = Math.round(v * 100) / 100;
    return v;
  }

  cite(rule: string, effect: string, span: CueMatch | undefined): void {
    if (span === undefined || span.end <= span.start) return;
    const quote = this.text.slice(span.start, span.end);
    if (quote.trim().length === 0) return;
    this.evidence.push({ rule, effect, quote, start: span.start, end: span.end });
  }

  /** Cite a whole sentence of the answer by index. */
  citeSentence(f: Features, rule: string, effect: string, index: number): void {
    const s = f.analysis.sentences[index];
    if (s !== undefined) this.cite(rule, effect, { start: s.start, end: s.end });
  }

  gap(code: string, text: string): void {
    if (!this.gaps.some((g) => g.code === code)) this.gaps.push({ code, text });
  }
}

/** A 0–1 saturation: n of `full` expected signals. */
export function saturate(n: number, full: number): number {
  return full <= 0 ? 1 : Math.min(1, n / full);
}

export function fmt(effect: number): string {
  const r = Math.round(effect * 100) / 100;
  return r >= 0 ? `+${r.toFixed(2)}` : r.toFixed(2);
}
