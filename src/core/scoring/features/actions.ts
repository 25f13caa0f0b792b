import type { Token } from '../text/analyse.ts';

/** A subject + verb: "I migrated", "we decided", "I would add". */
export interface Action {
  readonly subject: 'i' | 'we' | 'you';
  readonly mode: 'past' | 'present' | 'hypothetical';
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

const MODALS = new Set(['would', 'will', 'could', 'might', 'should', 'may', 'shall', 'can', 'must']);
/** Words allowed between a subject and its verb ("I then quickly moved", "we had already added"). */
const FILLERS = new Set(['also', 'then', 'personally', 'myself', 'first', 'quickly', 'just', 'finally',
  'eventually', 'immediately', 'actually', 'really', 'probably', 'already', 'still', 'never', 'not', 'always', 'usually']);
const PAST_AUX = new Set(['had', 'did', "'d", 'was', 'were', 'have', "'ve"]);
const IRREGULAR_PAST = new Set(['led', 'built', 'wrote', 'ran', 'took', 'made', 'found', 'set', 'put', 'got',
  'brought', 'thought', 'told', 'sent', 'spent', 'kept', 'held', 'saw', 'chose', 'drove', 'rewrote', 'began',
  'cut', 'shut', 'split', 'paid', 'knew', 'gave', 'went', 'came', 'broke', 'fought', 'taught', 'caught', 'sought',
  'done', 'written', 'seen', 'been', 'taken', 'given', 'gone', 'known', 'shown', 'grown', 'driven', 'chosen',
  'broken', 'spoken', 'begun', 'rewritten', 'undertaken', 'froze', 'frozen', 'lost', 'sold', 'stood', 'won',
  'threw', 'thrown', 'drew', 'drawn', 'met', 'fed', 'dealt', 'meant', 'hid', 'hidden', 'stuck', 'rebuilt', 'reran',
  'forgot', 'forgotten', 'oversaw', 'overseen', 'undid', 'redid', 'upheld', 'struck', 'became', 'withdrew']);

/** Verbs of feeling or knowing: "I learned", "I liked", "I knew" tell no action. */
const NOT_ACTIONS = new Set(['know', 'knew', 'known', 'like', 'liked',
  'love', 'loved', 'enjoy', 'enjoyed', 'feel', 'felt', 'want', 'wanted', 'hope', 'hoped',
  'learn', 'learned', 'learnt', 'remember', 'remembered', 'realise', 'realised', 'realize', 'realized', 'understand', 'understood', 'guess', 'suppose', 'wish', 'seem', 'seemed']);

function subjectOf(t: Token): Action['subject'] | null {
  const v = t.value.toLowerCase();
  if (v === 'i') return 'i';
  if (v === 'we') return 'we';
  if (v === 'you') return 'you';
  return null;
}

/** "We'd tested", "I'd already seen": the 'd at `i` is had before a past participle, would otherwise. */
export function isHadContraction(tokens: readonly Token[], i: number): boolean {
  const next = tokens.slice(i + 1).find((t) => t.kind !== 'word' || !FILLERS.has(t.value.toLowerCase()));
  return next !== undefined && next.kind === 'word' && isPastVerb(next);
}

function isPastVerb(t: Token): boolean {
  const v = t.value.toLowerCase();
  if (IRREGULAR_PAST.has(v)) return true;
  return (t.pos === 'VERB' || t.pos === 'AUX') && v !== t.lemma && /ed$/.test(v);
}

/**
 * Finds the actions of the answer by scanning a few tokens after each
 * first-person subject. Modality wins over tense: "I would have added" is
 * hypothetical, which is the distinction the behavioral rubric needs.
 */
export function findActions(tokens: readonly Token[], sentenceOf: (tokenIndex: number) => number): Action[] {
  const out: Action[] = [];
  tokens.forEach((t, i) => {
    const subject = subjectOf(t);
    if (subject === null) return;
    let mode: Action['mode'] | null = null;
    let end = t.end;
    let negated = false;
    for (let j = i + 1; j <= i + 4 && j < tokens.length; j++) {
      const n = tokens[j];
      if (n === undefined || n.kind === 'punctuation') break;
      const v = n.value.toLowerCase();
      end = n.end;
      if (v === 'not' || v === "n't" || v === 'never') negated = true;
      const modal = v === "'d" ? !isHadContraction(tokens, j) : MODALS.has(n.lemma) || v === "'ll";
      if (modal) {
        if (n.lemma === 'can' || n.lemma === 'must') { mode = 'present'; break; }
        mode = 'hypothetical';
        continue;
      }
      // "I was asked", "I was on call": a state or something done to the candidate, not their action;
      // "I was tracing" is an action.
      if ((v === 'was' || v === 'were' || v === 'been' || v === 'am') && mode !== 'hypothetical') {
        const next = tokens.slice(j + 1, j + 3).find((x) => !FILLERS.has(x.value.toLowerCase()) && x.pos !== 'ADV');
        if (next === undefined || !/ing$/i.test(next.value) || next.pos !== 'VERB') break;
      }
      if (FILLERS.has(v) || PAST_AUX.has(v) || n.pos === 'ADV') {
        if (PAST_AUX.has(v) && mode === null && v !== 'have' && v !== "'ve") mode = 'past';
        continue;
      }
      if (n.pos === 'VERB' || n.pos === 'AUX') {
        // "I did not measure", "I liked", "I have been": nothing the candidate did to the system.
        if (mode !== 'hypothetical' && (negated || NOT_ACTIONS.has(n.lemma) || NOT_ACTIONS.has(v))) { mode = null; break; }
        if (mode === null) mode = isPastVerb(n) ? 'past' : 'present';
        else if (mode === 'past' || mode === 'hypothetical') { /* keep */ }
        if (mode === 'present' && isPastVerb(n)) mode = 'past';
        break;
      }
      break;
    }
    if (mode !== null) out.push({ subject, mode, start: t.start, end, sentence: sentenceOf(i) });
  });
  return out;
}
