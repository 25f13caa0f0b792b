import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { stem } from './stem.ts';

/** One token of the answer, located by character offsets in the original text. */
export interface Token {
  readonly value: string;
  /** Lower-case lemma from wink's model ("dropped" → "drop"). */
  readonly lemma: string;
  /** A crude suffix-stripped form, so "replicas", "replicated" and "replication" meet. */
  readonly stem: string;
  readonly pos: string;
  readonly kind: 'word' | 'number' | 'punctuation' | 'other';
  readonly stop: boolean;
  /** Inside the scope of a negation ("does not", "never"), per wink's negation marking. */
  readonly negated: boolean;
  readonly start: number;
  readonly end: number;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

export interface Analysis {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly wordCount: number;
  /** Numeric entities (cardinals, percents, durations, money…) with offsets. */
  readonly quantities: readonly { readonly type: string; readonly start: number; readonly end: number }[];
}

let nlp: WinkMethods | null = null;

/** wink's model loads in ~60 ms; do it once, on first use, not at import. */
function getNlp(): WinkMethods {
  if (nlp === null) nlp = winkNLP(model, ['sbd', 'negation', 'pos', 'ner']);
  return nlp;
}

export function analyse(text: string): Analysis {
  const engine = getNlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out() as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const posTags = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const negs = doc.tokens().out(its.negationFlag) as unknown as boolean[];

  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + value.length;
    cursor = end;
    const lemma = (lemmas[i] ?? value).toLowerCase();
    const type = types[i] ?? 'word';
    tokens.push({
      value,
      lemma,
      stem: stem(lemma),
      pos: posTags[i] ?? 'X',
      kind: type === 'word' || type === 'number' || type === 'punctuation' ? type : 'other',
      stop: stops[i] === true,
      negated: negs[i] === true,
      start,
      end,
    });
  });

  const sentences: Sentence[] = [];
  doc.sentences().each((s, k) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    const slice = tokens.slice(first, last + 1);
    const head = slice[0];
    const tail = slice[slice.length - 1];
    // A trailing newline or a lone "…" is no sentence: counted, it would thin every per-sentence share.
    if (head === undefined || tail === undefined || !slice.some((t) => t.kind === 'word' || t.kind === 'number')) return;
    sentences.push({ index: k, start: head.start, end: tail.end, tokens: slice });
  });

  const quantities = locateQuantities(doc.entities().out(its.span) as unknown as [number, number][],
    doc.entities().out(its.type) as string[], tokens);
  const wordCount = tokens.filter((t) => t.kind === 'word' || t.kind === 'number').length;
  return { text, tokens, sentences, wordCount, quantities };
}

const NUMERIC_ENTITIES = new Set(['CARDINAL', 'PERCENT', 'DURATION', 'MONEY', 'TIME', 'ORDINAL', 'DATE']);

function locateQuantities(spans: [number, number][], types: string[], tokens: Token[]) {
  const out: { type: string; start: number; end: number }[] = [];
  spans.forEach(([a, b], i) => {
    const type = types[i] ?? '';
    const first = tokens[a];
    const last = tokens[b];
    if (!NUMERIC_ENTITIES.has(type) || first === undefined || last === undefined) return;
    out.push({ type, start: first.start, end: last.end });
  });
  return out;
}

/** The words of a short reference text (a claim, a term), as stems, stop words dropped. */
export function contentStems(text: string): string[] {
  return analyse(text)
    .tokens.filter((t) => (t.kind === 'word' || t.kind === 'number') && !t.stop)
    .map((t) => t.stem);
}
