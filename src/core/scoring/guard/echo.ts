/**
 * Padding that must never raise a score, removed (blanked, offsets kept)
 * before anything reads the answer, like grader instructions:
 * - repetition: a sentence already said earlier in the answer counts once;
 * - rubric echo: text copied from the question or its rubric (the question
 *   itself, anchors, signals, red flags, concept labels and claims, the
 *   corrections of misconceptions), also with filler words slipped between
 *   the copied ones, or the rubric's concept terms pasted as a list. A
 *   misconception's own wording is not in it: said in the rubric's words, a
 *   wrong belief is still wrong, and is judged as one;
 * - sample copy: text copied from the question's sample answers, which
 *   practice mode shows to every candidate (the same tests: trimmed, cut,
 *   or with filler slipped in). Off only when the engine scores the samples
 *   themselves, to calibrate or test it.
 * Whatever is left is scored exactly as if the padding were absent.
 */
import type { Question } from '../../bank/question.ts';
import type { Span } from './grader-instructions.ts';

/** Sentence-like chunks with offsets (the same cut as the instruction guard). */
function chunks(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
    if (m.index === undefined || m[0].trim().length === 0) continue;
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    out.push({ start, end });
  }
  return out;
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Sentences that repeat an earlier sentence of the answer word for word (case and punctuation aside). */
export function findRepeats(text: string): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const c of chunks(text)) {
    const key = words(text.slice(c.start, c.end)).join(' ');
    if (key.length === 0) continue;
    if (seen.has(key)) out.push(c);
    else seen.add(key);
  }
  return out;
}

interface RubricText {
  readonly passages: readonly ReadonlySet<string>[];
  /** Every word of the passages, and their word triples, to see a copy through the filler slipped into it. */
  readonly vocabulary: ReadonlySet<string>;
  readonly triples: ReadonlySet<string>;
  readonly terms: ReadonlySet<string>;
}

/** Built once per question (a bank question is immutable), forgotten with it. */
function perQuestion(build: (q: Question) => RubricText): (q: Question) => RubricText {
  const cache = new WeakMap<Question, RubricText>();
  return (q) => {
    let value = cache.get(q);
    if (value === undefined) cache.set(q, (value = build(q)));
    return value;
  };
}

const rubricText = perQuestion((q) => {
  const rubric = [
    q.text,
    q.topic,
    ...Object.values(q.anchors),
    ...q.signals,
    ...q.redFlags,
    ...q.concepts.flatMap((c) => [c.label, ...c.claims]),
    ...q.misconceptions.map((m) => m.correction),
  ].map(words);
  const terms = new Set(q.concepts.flatMap((c) => [c.label, ...c.terms]).flatMap(listItems));
  return { passages: [new Set(rubric.flatMap(pairs))], vocabulary: new Set(rubric.flat()), triples: new Set(rubric.flatMap(triples)), terms };
});

/** Each sample answer its own passage: a copy comes from one of them. */
const sampleText = perQuestion((q) => {
  const samples = Object.values(q.sampleAnswers).filter((a): a is string => Boolean(a)).map(words);
  return { passages: samples.map((w) => new Set(pairs(w))), vocabulary: new Set(samples.flat()), triples: new Set(samples.flatMap(triples)), terms: new Set<string>() };
});

/** A chunk is a copy when most of its word pairs appear in one rubric passage (trimmed or cut, not paraphrased). */
const COPIED = 0.75;
const MIN_COPY_WORDS = 4;

function pairs(w: readonly string[]): string[] {
  return w.slice(1).map((x, i) => `${w[i]} ${x}`);
}

function triples(w: readonly string[]): string[] {
  return w.slice(2).map((x, i) => `${w[i]} ${w[i + 1]} ${x}`);
}

/** `chunkPairs`: the chunk's word pairs, made once for every passage it is held against. */
function isCopy(chunkPairs: readonly string[], passage: ReadonlySet<string>): boolean {
  if (chunkPairs.length < MIN_COPY_WORDS - 1) return false;
  let found = 0;
  for (const x of chunkPairs) if (passage.has(x)) found++;
  return found / chunkPairs.length >= COPIED;
}

/**
 * A copy with a filler word slipped in every second or third word ("two
 * instances really read the really same value") breaks the word pairs but
 * not the copy: with the words the rubric never uses taken out, what is left
 * is the rubric's text, word triple after word triple. Triples, not pairs:
 * taking words out of a sentence of one's own joins common words into
 * pairs the rubric also has ("on every", "the key"), rarely into its triples.
 */
const RUBRIC_WORDS_SHARE = 0.6;
const MIN_PADDED_COPY_WORDS = 6;

function isPaddedCopy(chunk: readonly string[], r: RubricText): boolean {
  const kept = chunk.filter((w) => r.vocabulary.has(w));
  if (kept.length === chunk.length || kept.length < MIN_PADDED_COPY_WORDS || kept.length / chunk.length < RUBRIC_WORDS_SHARE) return false;
  const t = triples(kept);
  return t.filter((x) => r.triples.has(x)).length / t.length >= COPIED;
}

function listItems(text: string): string[] {
  return text.split(/[,;/]|\band\b|\bor\b/i).map((i) => words(i).join(' ')).filter((i) => i.length > 0);
}

/** A list whose items are mostly the rubric's own concept terms or labels. */
function isTermList(chunk: string, terms: ReadonlySet<string>): boolean {
  const items = listItems(chunk);
  if (items.length < 3) return false;
  return items.filter((i) => terms.has(i)).length / items.length >= 0.6;
}

export interface Echo {
  /** Copied from the question or its rubric. */
  readonly copies: Span[];
  /** The rubric's terms pasted as a list. */
  readonly lists: Span[];
  /** Copied from the question's sample answers. */
  readonly sampleCopies: Span[];
}

const copiedFrom = (w: readonly string[], wordPairs: readonly string[], r: RubricText) => r.passages.some((p) => isCopy(wordPairs, p)) || isPaddedCopy(w, r);

export function findRubricEcho(text: string, q: Question | null, options: { samples: boolean } = { samples: true }): Echo {
  const echo: Echo = { copies: [], lists: [], sampleCopies: [] };
  if (q === null) return echo;
  const r = rubricText(q);
  const samples = options.samples ? sampleText(q) : null;
  for (const c of chunks(text)) {
    const s = text.slice(c.start, c.end);
    const w = words(s);
    const wordPairs = pairs(w);
    if (isTermList(s, r.terms)) echo.lists.push(c);
    else if (copiedFrom(w, wordPairs, r)) echo.copies.push(c);
    else if (samples !== null && copiedFrom(w, wordPairs, samples)) echo.sampleCopies.push(c);
  }
  return echo;
}

/** Spans merged in order, overlaps dropped. */
export function mergeSpans(...lists: readonly (readonly Span[])[]): Span[] {
  const all = lists.flat().filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start < last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}
