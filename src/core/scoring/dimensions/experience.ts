import type { Features } from '../features/extract.ts';
import type { Span } from '../guard/grader-instructions.ts';
import type { Token } from '../text/analyse.ts';
import type { Reference } from '../rubric/reference.ts';
import { fmt, saturate, type Ledger } from './ledger.ts';
import { conceptCoverage, focus, numbers, reasoning } from './shared.ts';
import { personalActions } from './behavioral.ts';

const ROLE = /\b(engineer|developer|programmer|architect|sre|tech(nical)? lead|team lead|lead|manager|intern|staff|principal|cto|consultant|contractor|owner of)\b/gi;
const EMPLOYER = /\b(at (a|an|my) [a-z-]+( [a-z-]+)? (company|startup|bank|firm|agency|retailer|provider|platform|consultancy|marketplace)|company|startup|employer|telecom|fintech|e-commerce|[A-Z][a-zA-Z]+ (Inc|Ltd|GmbH|Labs|Bank))\b/g;
const PROGRESSION = /\b(promoted|took over|grew|moved (to|into|up)|later|then|now|since|became|first|years?|months?|senior|staff|lead|led|mentor(ed|ing)?)\b/gi;

/** What a project is, by lemma: a system someone built or ran. */
const PROJECT_NOUNS = new Set(['service', 'platform', 'pipeline', 'cluster', 'system', 'api', 'gateway', 'database', 'queue', 'store', 'engine', 'scheduler', 'framework', 'tool', 'library', 'migration']);
/** Words that qualify a system without saying which one it was: "a new service", "the distributed system", "running services". */
const GENERIC = new Set([
  'new', 'old', 'existing', 'legacy', 'whole', 'entire', 'same', 'other', 'different', 'main', 'big', 'large', 'small', 'huge',
  'simple', 'complex', 'distributed', 'backend', 'frontend', 'back', 'front', 'end', 'internal', 'external', 'critical', 'core', 'production',
  'web', 'online', 'software', 'computer', 'modern', 'current', 'previous', 'single', 'separate', 'central', 'custom', 'standard',
  'typical', 'real', 'actual', 'specific', 'particular', 'certain', 'good', 'bad', 'great', 'better', 'best', 'little', 'tiny', 'overall',
  'underlying', 'various', 'several', 'multiple', 'many', 'few', 'important', 'scalable', 'reliable', 'robust',
  'running', 'working', 'growing', 'supporting', 'following', 'remaining', 'ongoing', 'upcoming', 'missing', 'failing',
]);
/** Qualifying words (or hyphened compounds) before the project noun, at most. */
const MAX_NAME_UNITS = 3;

/** A hyphen at `h` that joins the words either side of it ("key-value"). */
const joins = (tokens: readonly Token[], h: number) =>
  h > 0 && h + 1 < tokens.length && tokens[h]!.value === '-' && tokens[h - 1]!.end === tokens[h]!.start && tokens[h]!.end === tokens[h + 1]!.start;

/** The words of the unit that ends at token `last`: one word, or words joined by hyphens; null if `last` is no word. */
function unitEndingAt(tokens: readonly Token[], last: number): { first: number; words: Token[] } | null {
  if (last < 0 || tokens[last]!.kind !== 'word') return null;
  let first = last;
  while (joins(tokens, first - 1) && tokens[first - 2]!.kind === 'word') first -= 2;
  const words: Token[] = [];
  for (let k = first; k <= last; k += 2) words.push(tokens[k]!);
  return { first, words };
}

/**
 * Whether words say which system: none a stop word or a generic qualifier,
 * and the last a noun or a name ("billing", "Kafka"), or a verb form that
 * names an activity: "booking", or inside a compound anything but a past
 * participle ("product-import", not "Kafka-based"). The verb of the
 * sentence ("I built pipelines") names nothing.
 */
function names(words: readonly Token[]): boolean {
  if (words.some((w) => w.stop || GENERIC.has(w.value.toLowerCase()))) return false;
  const last = words[words.length - 1]!;
  if (last.pos === 'NOUN' || last.pos === 'PROPN') return true;
  if (last.pos !== 'VERB') return false;
  return words.length === 1 ? /ing$/i.test(last.value) : !/(ed|en|wn)$/i.test(last.value);
}

/**
 * The projects an answer names: a project noun ("service", "pipeline") with
 * words before it that say which one ("the appointment-booking service",
 * "our Kafka pipeline", "the database migration"), cited as that phrase,
 * each once, the longest phrase where two overlap. A bare "the service", "a
 * distributed system" or "I built pipelines" names nothing, so it is not
 * evidence of a project.
 */
export function namedProjects(tokens: readonly Token[], text: string): Span[] {
  const found: Span[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !PROJECT_NOUNS.has(t.lemma)) return;
    const own = unitEndingAt(tokens, i)!; // "payments-service": the compound's own words qualify it
    let first = own.words.length > 1 && names(own.words.slice(0, -1)) ? own.first : i;
    for (let units = first < i ? 1 : 0; units < MAX_NAME_UNITS; units++) {
      const unit = unitEndingAt(tokens, first - 1);
      if (!unit || !names(unit.words)) break;
      first = unit.first;
    }
    if (first < i) found.push({ start: tokens[first]!.start, end: t.end });
  });
  const longest = found.filter((s) => !found.some((o) => o !== s && o.start <= s.start && o.end >= s.end));
  const byName = new Map<string, Span>();
  for (const s of longest) {
    const name = text.slice(s.start, s.end).toLowerCase();
    if (!byName.has(name)) byName.set(name, s);
  }
  return [...byName.values()];
}

function spans(text: string, re: RegExp): Span[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/**
 * A follow-up of a deep dive ("which decisions and why", "how was it
 * validated") deepens a story whose roles and employer were already given:
 * it is judged on what it asks — the rubric's concepts, decisions with their
 * reasons and costs, the candidate's own part and numbers — not on naming the
 * employer again.
 */
function scoreFollowUp(f: Features, ref: Reference, l: Ledger): number {
  const coverage = conceptCoverage(f, ref, l) ?? 0;
  const why = reasoning(f, l);
  const tradeoffs = l.set('tradeoffs', saturate(f.cues.tradeoff.length + f.cues.decision.length, 3));
  if (tradeoffs === 0) l.gap('tradeoffs', 'no decision or cost named');
  const num = numbers(f, l, 2);
  const outcomes = l.set('outcomes', 0.6 * num + 0.4 * saturate(f.cues.result.length, 2));
  const actions = personalActions(f, l);
  const foc = focus(f, l);
  const content = 0.35 * coverage + 0.2 * why + 0.15 * tradeoffs + 0.15 * outcomes + 0.15 * actions;
  return content * (0.6 + 0.4 * foc);
}

/** Experience: named roles and employers, specific projects, measured outcomes, progression. */
export function scoreExperience(f: Features, ref: Reference, l: Ledger): number {
  if (ref.question?.parentId !== undefined) return scoreFollowUp(f, ref, l);
  const text = f.analysis.text;
  const roles = [...spans(text, ROLE), ...spans(text, EMPLOYER)];
  const named = l.set('named-roles', saturate(roles.length, 2));
  if (roles[0]) l.cite('named-role', `${fmt(named)} named-roles`, roles[0]);
  else l.gap('named-projects', 'no role or employer named');
  const projects = namedProjects(f.analysis.tokens, text);
  const proj = l.set('projects', saturate(projects.length, 2));
  if (projects[0]) l.cite('project', `${fmt(proj)} projects`, projects[0]);
  else l.gap('named-projects', 'never names a project');
  const num = numbers(f, l, 2);
  const outcomes = l.set('outcomes', 0.6 * num + 0.4 * saturate(f.cues.result.length, 2));
  if (outcomes < 0.5) l.gap('outcomes', 'no measured outcomes');
  const prog = spans(text, PROGRESSION);
  const progression = l.set('progression', saturate(prog.length, 4));
  if (prog[0]) l.cite('progression', `${fmt(progression)} progression`, prog[0]);
  else l.gap('progression', 'no sense of growing scope');
  const actions = personalActions(f, l);
  const coverage = conceptCoverage(f, ref, l);
  const foc = focus(f, l);
  const core = 0.15 * named + 0.2 * proj + 0.3 * outcomes + 0.1 * progression + 0.25 * actions;
  const content = coverage === null ? core : 0.8 * core + 0.2 * coverage;
  return content * (0.6 + 0.4 * foc);
}
