import type { Evidence } from '../api/types.ts';

export type Segment =
  | { readonly kind: 'text'; readonly text: string; readonly start: number }
  | { readonly kind: 'evidence'; readonly text: string; readonly start: number; readonly evidence: Evidence; readonly index: number };

/** Where the quote really is: at its offsets, or else the first place it occurs. */
function locate(text: string, e: Evidence): [number, number] | null {
  if (e.start >= 0 && e.end <= text.length && e.start < e.end && (!e.quote || text.slice(e.start, e.end) === e.quote)) {
    return [e.start, e.end];
  }
  if (e.quote) {
    const at = text.indexOf(e.quote);
    if (at >= 0) return [at, at + e.quote.length];
  }
  return null;
}

/**
 * Slices an answer into plain text and highlighted evidence, by offsets.
 * Overlapping evidence is clipped so every character appears exactly once.
 * The result is rendered as React text nodes: nothing is parsed as HTML.
 */
export function segmentEvidence(text: string, evidence: readonly Evidence[]): Segment[] {
  const spans = evidence
    .map((e, index) => ({ e, index, at: locate(text, e) }))
    .filter((s): s is { e: Evidence; index: number; at: [number, number] } => s.at !== null)
    .sort((a, b) => a.at[0] - b.at[0] || b.at[1] - a.at[1]);
  const out: Segment[] = [];
  let pos = 0;
  for (const s of spans) {
    const start = Math.max(s.at[0], pos);
    const end = s.at[1];
    if (end <= start) continue;
    if (start > pos) out.push({ kind: 'text', text: text.slice(pos, start), start: pos });
    out.push({ kind: 'evidence', text: text.slice(start, end), start, evidence: s.e, index: s.index });
    pos = end;
  }
  if (pos < text.length) out.push({ kind: 'text', text: text.slice(pos), start: pos });
  return out;
}

/** +1, −0.5 … as a person reads it; text effects pass through. */
export function effectLabel(effect: Evidence['effect']): string {
  if (typeof effect === 'number') return effect > 0 ? `+${effect}` : effect < 0 ? `−${Math.abs(effect)}` : '±0';
  return effect;
}

export function effectTone(effect: Evidence['effect']): 'gain' | 'cost' | 'neutral' {
  if (typeof effect === 'number') return effect > 0 ? 'gain' : effect < 0 ? 'cost' : 'neutral';
  const s = effect.toLowerCase();
  if (s.startsWith('+') || s.includes('earn') || s.includes('gain') || s.includes('credit') || s.includes('positive')) return 'gain';
  if (s.startsWith('-') || s.startsWith('−') || s.startsWith('cap') || s.includes('cost') || s.includes('penal') || s.includes('negative') || s.includes('flag')) return 'cost';
  return 'neutral';
}
