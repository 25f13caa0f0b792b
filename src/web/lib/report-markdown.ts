import type { Report } from '../api/types.ts';
import { COMPETENCY_LABELS, DECISION_LABELS, label } from './labels.ts';
import { asText, competenciesOf, dimensionsOf, isCandidateTurn, levelOf, levelSignalsOf, UNPLACED_LEVEL } from './report-view.ts';

/** Markdown treats these as syntax; a candidate's words must stay words. */
function md(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+!|<>~-])/g, '\\$1');
}

/** The report as a Markdown document, for pasting into an ATS or an email. */
export function reportToMarkdown(r: Report): string {
  const lines: string[] = [];
  const who = r.candidate?.name ?? 'Candidate';
  lines.push(`# Screening report: ${md(who)}`, '');
  if (r.screen?.title) lines.push(`Screen: ${md(r.screen.title)}${r.screen.role ? ` (${md(r.screen.role)})` : ''}`, '');
  lines.push(`**Overall: ${r.overall} / 100** — ${label(DECISION_LABELS, r.decision)}`, '');
  const level = levelOf(r);
  lines.push(`Level estimate: ${level ? md(level) : UNPLACED_LEVEL}`, '');
  const comps = competenciesOf(r);
  if (comps.length > 0) {
    lines.push('## Competencies', '');
    for (const [c, s] of comps) lines.push(`- ${label(COMPETENCY_LABELS, c)}: ${s ?? 'not scored'}`);
    lines.push('');
  }
  lines.push('## Questions', '');
  r.questions.forEach((q, i) => {
    lines.push(`### Q${i + 1}. ${md(q.text ?? q.questionId)} — ${q.score} / 5`, '');
    const dims = dimensionsOf(q);
    if (dims.length > 0) lines.push(dims.map(([n, s]) => `${md(n)}: ${s}`).join(' · '), '');
    for (const e of q.evidence ?? []) lines.push(`- ${md(e.rule)} (${e.effect}): “${md(e.quote)}”`);
    for (const f of q.flags ?? []) lines.push(`- Flag: ${md(asText(f))}`);
    for (const s of levelSignalsOf(q)) lines.push(`- Seniority signal: ${md(s)}`);
    for (const f of q.followUps ?? []) lines.push(`- Follow-up: ${md(asText(f))}`);
    lines.push('');
  });
  lines.push('## Transcript', '');
  for (const t of r.transcript) {
    lines.push(`**${isCandidateTurn(t) ? 'Candidate' : 'Interviewer'}**${t.at ? ` (${t.at})` : ''}: ${md(t.text)}`, '');
  }
  const trace = [r.rubricHash && `rubric hash ${r.rubricHash}`, r.engineVersion && `engine ${r.engineVersion}`].filter(Boolean);
  if (trace.length > 0) lines.push(`---`, '', md(trace.join(' · ')), '');
  return lines.join('\n');
}

/** Offers a file download built in the browser (no server round trip). */
export function download(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
