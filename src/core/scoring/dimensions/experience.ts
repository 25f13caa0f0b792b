import type { Features } from '../features/extract.ts';
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
/** Words that qualify a system without saying which one it was: "a new service", "the distributed system". */
const GENERIC = new Set([
  'new', 'old', 'existing', 'legacy', 'whole', 'entire', 'same', 'other', 'different', 'main', 'big', 'large', 'small', 'huge',
  'simple', 'complex', 'distributed', 'backend', 'frontend', 'back', 'front', 'end', 'internal', 'external', 'critical', 'core', 'production',
  'web', 'online', 'software', 'computer', 'modern', 'current', 'previous', 'single', 'separate', 'central', 'custom', 'standard',
  'typical', 'real', 'actual', 'specific', 'particular', 'certain', 'good', 'bad', 'great', 'better', 'best', 'little', 'tiny', 'overall',
  'underlying', 'various', 'several', 'multiple', 'many', 'few', 'important', 'scalable', 'reliable', 'robust',
]);

/** A word that can say which system: a noun or a name ("billing", "Kafka"), or a verb form ("booking", "rate-limiting"); adjectives only describe. */
const NAMING_POS = new Set(['NOUN', 'PROPN', 'VERB']);

/**
 * The projects an answer names: a project noun ("service", "pipeline") with a
 * word before it that says which one ("the appointment-booking service",
 * "our Kafka pipeline"), cited as that phrase. A bare "the service" or "a
 * distributed system" names nothing, so it is not evidence of a project.
 */
export function namedProjects(tokens: readonly Token[], text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const seen = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !PROJECT_NOUNS.has(t.lemma)) return;
    let first = i;
    let hyphened = false;
    // Up to three qualifying words; a word hyphened to the next is part of the name ("key-value store").
    for (let j = i - 1; j >= Math.max(0, i - 5) && i - first < 3; j--) {
      const w = tokens[j]!;
      if (w.value === '-' && j > 0 && tokens[j + 1]!.start === w.end && tokens[j - 1]!.end === w.start) {
        hyphened = true;
        continue;
      }
      if (w.kind !== 'word' || w.stop || (!hyphened && !NAMING_POS.has(w.pos)) || GENERIC.has(w.value.toLowerCase()) || PROJECT_NOUNS.has(w.lemma)) break;
      hyphened = false;
      first = j;
    }
    if (first === i) return;
    const span = { start: tokens[first]!.start, end: t.end };
    const name = text.slice(span.start, span.end).toLowerCase();
    if (!seen.has(name)) found.push(span);
    seen.add(name);
  });
  return found;
}

function spans(text: string, re: RegExp): { start: number; end: number }[] {
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
  const proj = l.set('projects', saturate(projects.length, 3));
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
