import { describe, expect, it } from 'vitest';
import type { Evidence } from '../api/types.ts';
import { effectTone, segmentEvidence } from './evidence.ts';

const ev = (start: number, end: number, quote: string, effect = '+0.2'): Evidence => ({ rule: 'r', effect, quote, start, end });

describe('segmentEvidence slices an answer into text and highlighted evidence', () => {
  const text = 'I led the migration and cut p99 latency by 40%.';

  it('keeps every character exactly once, in order', () => {
    const segments = segmentEvidence(text, [ev(2, 5, 'led'), ev(26, 37, 'p99 latency')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.kind === 'evidence').map((s) => s.text)).toEqual(['led', 'p99 latency']);
  });

  it('clips overlapping evidence instead of repeating words', () => {
    const segments = segmentEvidence(text, [ev(2, 17, 'led the migrati'), ev(10, 19, 'migration')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('finds the quote when the offsets do not match it, and skips what is not there', () => {
    const segments = segmentEvidence(text, [ev(0, 3, 'latency'), ev(0, 4, 'not in the answer')]);
    expect(segments.filter((s) => s.kind === 'evidence').map((s) => s.text)).toEqual(['latency']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('treats markup in the answer as plain characters', () => {
    const html = '<img src=x onerror=alert(1)> and <script>x</script>';
    const segments = segmentEvidence(html, [ev(0, 28, '<img src=x onerror=alert(1)>')]);
    expect(segments.map((s) => s.text).join('')).toBe(html);
  });
});

describe('effectTone reads the engine’s effects', () => {
  it.each([
    ['+0.25', 'gain'],
    ['-0.5', 'cost'],
    ['cap:2', 'cost'],
    ['note', 'neutral'],
  ])('%s is a %s', (effect, tone) => {
    expect(effectTone(effect)).toBe(tone);
  });
});
