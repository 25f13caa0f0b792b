// Straight from the files, not the index modules: the web app bundles this
// renderer too, and the scoring index would bring the whole engine with it.
import { COMPETENCY_NAMES, type Competency } from '../core/bank/question.ts';
import { DECISION_NAMES } from '../core/scoring/interview.ts';
import type { IssuedReport } from './report-builder.ts';

/** Why a report names no level: what a reader should take from its absence. */
export const UNPLACED_LEVEL = 'Not placed: too few seniority signals in the answers';

/**
 * A seniority signal as one line of words: "senior · multi region: “home region”".
 * Reports issued before engine 1.8.0 carry no signals.
 */
export function signalLine(s: { readonly level: string; readonly signal: string; readonly quote: string }): string {
  return `${s.level} · ${s.signal.replace(/-/g, ' ')}: “${s.quote}”`;
}

/**
 * Free text (the candidate's words above all) as plain words in Markdown:
 * what would make a heading, a list, a link, an image, HTML, emphasis or a
 * table cell is escaped, so an answer cannot restyle the report it is in.
 * Only what is syntax is escaped ("C#" and "great!" stay as they are).
 */
export function mdText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** Inline: one line, whatever the text held. */
const inline = (text: string) => mdText(text.replace(/\s*\n\s*/g, ' '));

/** A block quote of the candidate's answer, line by line. */
function quoted(text: string | null): string {
  if (text === null) return '_not answered_';
  return text.split('\n').map((l) => (l.trim() === '' ? '>' : `> ${mdText(l)}`)).join('\n');
}

const minutes = (seconds: number) => Math.round(seconds / 60);

/**
 * The report as Markdown, for the CLI (`prescreen report --format md`) and
 * the web app's export: to paste into an ATS note or an email. Everything a
 * reader needs to check a score is here: the decision against the locked
 * threshold and why, the evidence quoted from each answer, the flags, the
 * seniority signals, the follow-ups and the whole transcript.
 */
export function reportToMarkdown(r: IssuedReport): string {
  const lines: string[] = [
    `# Screening report: ${inline(r.candidate.name)}`,
    '',
    `${inline(r.screen.role)} · ${inline(r.screen.title)} (version ${r.screen.version})`,
    '',
    `**Overall: ${r.overall} / 100 — ${DECISION_NAMES[r.decision]}** (pass threshold ${r.passThreshold}, locked when the screen was published)`,
    '',
    `- Level estimate: ${r.level === null ? UNPLACED_LEVEL : r.level.charAt(0).toUpperCase() + r.level.slice(1)}`,
    `- Time: ${minutes(r.timing.usedSeconds)} of ${r.timing.budgetMinutes} minutes${r.timing.endReason === 'time_up' ? ' (time ran out)' : ''}` +
      (r.accommodations.extraTimeFactor > 1 ? `; extra time ×${r.accommodations.extraTimeFactor}` : ''),
    `- Report revision ${r.revision} (${inline(r.reason)}); engine ${r.engineVersion}; rubric hash \`${r.screen.rubricHash.slice(0, 16)}\``,
    '',
  ];
  section(lines, 'Why this decision', r.reasons.map(inline));
  section(lines, 'Competencies', Object.entries(r.competencies).map(([c, v]) => `${COMPETENCY_NAMES[c as Competency] ?? c}: ${v ?? 'not scored'} / 100`));
  section(lines, 'Common mistakes', r.commonMistakes.map(inline));
  lines.push('## Questions', '');
  r.questions.forEach((q, i) => questionLines(lines, q, i));
  lines.push('## Transcript', '');
  for (const t of r.transcript) {
    lines.push(`- \`${t.at}\` **${t.speaker === 'candidate' ? 'Candidate' : 'Interviewer'}**${t.late ? ' (in the grace period)' : ''}: ${inline(t.text)}`);
  }
  return `${lines.join('\n')}\n`;
}

function section(lines: string[], title: string, items: readonly string[]): void {
  if (items.length > 0) lines.push(`## ${title}`, '', ...items.map((x) => `- ${x}`), '');
}

function questionLines(lines: string[], q: Question, i: number): void {
  const withFollowUps = q.combinedScore !== null && q.followUps.length > 0 ? ` (with follow-ups ${q.combinedScore})` : '';
  lines.push(`### Q${i + 1}. ${inline(q.text)}`, '', `Score: **${q.score ?? 'not scored'} / 5**${withFollowUps} · ${q.type}`, '');
  const dims = Object.entries(q.dimensions).map(([d, v]) => `${d.replace(/[_-]/g, ' ')} ${Number.isInteger(v) ? v : v.toFixed(2)}`);
  if (dims.length > 0) lines.push(`Dimensions: ${dims.join(' · ')}`, '');
  lines.push(quoted(q.answer), '');
  notes(lines, q.evidence, q.flags, q.levelSignals ?? []);
  for (const f of q.followUps) {
    lines.push(`**Follow-up:** ${inline(f.prompt)}`, '', quoted(f.answer), '');
    notes(lines, f.evidence, f.flags, []);
  }
}

type Question = IssuedReport['questions'][number];

/** What moved an answer's score, each with the candidate's words. */
function notes(lines: string[], evidence: Question['evidence'], flags: Question['flags'], signals: Question['levelSignals']): void {
  const items = [
    ...evidence.map((e) => `${inline(e.rule)} (${e.effect}): “${inline(e.quote)}”`),
    ...flags.map((f) => `Flag: ${inline(f.message)}`),
    ...signals.map((s) => `Seniority signal: ${inline(signalLine(s))}`),
  ];
  if (items.length > 0) lines.push(...items.map((x) => `- ${x}`), '');
}
