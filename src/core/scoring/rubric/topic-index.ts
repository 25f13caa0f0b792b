import { LEVELS, type Level, type Question } from '../../bank/question.ts';
import { bagOfText } from '../match/bag.ts';

/**
 * Relevance as "which bank question is this an answer to?". Each bank
 * question's reference material (text, concepts, claims, sample answers)
 * becomes a TF-IDF vector, with IDF over the bank, so words every question
 * shares (node, data, service) weigh little and the words that set one
 * question apart weigh most. A fluent answer to a neighbouring question sits
 * closer to that question than to the one asked.
 */
interface TopicIndex {
  readonly idf: ReadonlyMap<string, number>;
  readonly maxIdf: number;
  readonly vectors: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Per question, its sample answers by level, as vectors. */
  readonly exemplars: ReadonlyMap<string, readonly { level: Level; vector: ReadonlyMap<string, number> }[]>;
}

const indexes = new WeakMap<readonly Question[], TopicIndex>();

function referenceText(q: Question): string {
  return [q.topic, q.text, ...q.concepts.flatMap((c) => [c.label, ...c.terms, ...c.claims]), ...Object.values(q.sampleAnswers)].join('\n');
}

function termFrequencies(stems: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
  return tf;
}

function normalise(tf: ReadonlyMap<string, number>, idf: (s: string) => number): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [s, n] of tf) {
    const w = (1 + Math.log(n)) * idf(s);
    v.set(s, w);
    norm += w * w;
  }
  const d = Math.sqrt(norm) || 1;
  for (const [s, w] of v) v.set(s, w / d);
  return v;
}

function buildIndex(bank: readonly Question[]): TopicIndex {
  const tfs = new Map<string, Map<string, number>>();
  const df = new Map<string, number>();
  for (const q of bank) {
    const tf = termFrequencies(bagOfText(referenceText(q)).stems);
    tfs.set(q.id, tf);
    for (const s of tf.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const n = bank.length;
  const idf = new Map<string, number>();
  for (const [s, d] of df) idf.set(s, Math.log((n + 1) / (d + 0.5)));
  const maxIdf = Math.log((n + 1) / 0.5);
  const vectors = new Map<string, Map<string, number>>();
  for (const [id, tf] of tfs) vectors.set(id, normalise(tf, (s) => idf.get(s) ?? maxIdf));
  const exemplars = new Map<string, { level: Level; vector: Map<string, number> }[]>();
  for (const q of bank) {
    exemplars.set(q.id, LEVELS.map((level) => ({
      level,
      vector: normalise(termFrequencies(bagOfText(q.sampleAnswers[level]).stems), (s) => idf.get(s) ?? maxIdf),
    })));
  }
  return { idf, maxIdf, vectors, exemplars };
}

function indexOf(bank: readonly Question[]): TopicIndex {
  let idx = indexes.get(bank);
  if (idx === undefined) {
    idx = buildIndex(bank);
    indexes.set(bank, idx);
  }
  return idx;
}

export interface TopicFit {
  /** Cosine of the answer to the asked question's reference material. */
  readonly own: number;
  /** The best cosine over the bank's other questions, and which question that is. */
  readonly other: number;
  readonly otherId: string | null;
}

export function topicFit(answerStems: readonly string[], questionId: string, bank: readonly Question[]): TopicFit | null {
  const idx = indexOf(bank);
  const ownVector = idx.vectors.get(questionId);
  if (ownVector === undefined) return null;
  const v = answerVector(idx, answerStems);
  const cos = (q: ReadonlyMap<string, number>) => dot(v, q);
  let other = 0;
  let otherId: string | null = null;
  // Map iteration follows bank order: deterministic; ties keep the first.
  for (const [id, q] of idx.vectors) {
    if (id === questionId) continue;
    const c = cos(q);
    if (c > other) {
      other = c;
      otherId = id;
    }
  }
  return { own: cos(ownVector), other, otherId };
}

/** Words the bank never uses carry no topic signal: leave them out. */
function answerVector(idx: TopicIndex, stems: readonly string[]): Map<string, number> {
  return normalise(termFrequencies(stems.filter((s) => idx.idf.has(s))), (s) => idx.idf.get(s) ?? 0);
}

function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const [s, w] of a) sum += w * (b.get(s) ?? 0);
  return sum;
}

/**
 * The question's sample answer (the rubric's exemplar of a level) that the
 * answer is closest to, and how close: an answer that reads like the staff
 * exemplar shows staff-level content, whatever words the level lexicon finds.
 */
export function nearestExemplar(
  answerStems: readonly string[],
  questionId: string,
  bank: readonly Question[],
): { level: Level; similarity: number } | null {
  const idx = indexOf(bank);
  const list = idx.exemplars.get(questionId);
  if (list === undefined) return null;
  const v = answerVector(idx, answerStems);
  let best: { level: Level; similarity: number } | null = null;
  for (const e of list) {
    const similarity = dot(v, e.vector);
    if (best === null || similarity > best.similarity) best = { level: e.level, similarity };
  }
  return best;
}
