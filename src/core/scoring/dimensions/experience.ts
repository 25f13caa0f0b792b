import type { Features } from '../features/extract.ts';
import type { Reference } from '../rubric/reference.ts';
import { fmt, saturate, type Ledger } from './ledger.ts';
import { conceptCoverage, focus, numbers, reasoning } from './shared.ts';
import { personalActions } from './behavioral.ts';

const ROLE = /\b(engineer|developer|programmer|architect|sre|tech(nical)? lead|team lead|lead|manager|intern|staff|principal|cto|consultant|contractor|owner of)\b/gi;
const EMPLOYER = /\b(at (a|an|my) [a-z-]+( [a-z-]+)? (company|startup|bank|firm|agency|retailer|provider|platform|consultancy|marketplace)|company|startup|employer|telecom|fintech|e-commerce|[A-Z][a-zA-Z]+ (Inc|Ltd|GmbH|Labs|Bank))\b/g;
const PROJECT = /\b(service|platform|pipeline|cluster|system|api|gateway|database|queue|store|engine|scheduler|framework|tool|library|migration)\b/gi;
const PROGRESSION = /\b(promoted|took over|grew|moved (to|into|up)|later|then|now|since|became|first|years?|months?|senior|staff|lead|led|mentor(ed|ing)?)\b/gi;

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
  const projects = spans(text, PROJECT);
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
