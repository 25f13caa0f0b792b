import type { Report } from './report-builder.ts';

type StoredReport = Report & { id: string; revision: number; reason: string };

const pct = (n: number | undefined) => (n === undefined ? '–' : `${n}/100`);

/** The report as Markdown, for the CLI and for pasting into an ATS note. */
export function reportToMarkdown(r: StoredReport): string {
  const lines: string[] = [
    `# ${r.candidate.name} — ${r.screen.role}`,
    '',
    `**Overall ${r.overall}/100 — ${r.decision.replace('_', ' ')}** (threshold ${r.passThreshold}, locked when the screen was published)`,
    '',
    `- Screen: ${r.screen.title} (version ${r.screen.version}), rubric hash \`${r.screen.rubricHash.slice(0, 16)}\``,
    `- Engine: ${r.engineVersion}; report revision ${r.revision} (${r.reason})`,
    `- Time: ${Math.round(r.timing.usedSeconds / 60)} of ${r.timing.budgetMinutes} minutes; ended: ${r.timing.endReason ?? '–'}` +
      (r.accommodations.extraTimeFactor > 1 ? `; extra time ×${r.accommodations.extraTimeFactor}` : ''),
    `- Level estimate: ${r.level ?? 'not placed (too few seniority signals in the answers)'}`,
    '',
    '## Competencies',
    '',
    ...Object.entries(r.competencies).map(([c, v]) => `- ${c.replace('_', ' ')}: ${pct(v as number)}`),
    '',
  ];
  if (r.reasons.length > 0) lines.push('## Why this decision', '', ...r.reasons.map((x) => `- ${x}`), '');
  if (r.commonMistakes.length > 0) lines.push('## Common mistakes', '', ...r.commonMistakes.map((x) => `- ${x}`), '');
  lines.push('## Questions', '');
  r.questions.forEach((q, i) => {
    lines.push(`### Q${i + 1}. ${q.text}`, '', `Score: **${q.score ?? 'not scored'}**/5${q.combinedScore !== null && q.followUps.length > 0 ? ` (with follow-ups ${q.combinedScore})` : ''} · ${q.type}`);
    if (q.flags.length > 0) lines.push(`Flags: ${q.flags.map((f) => f.code).join(', ')}`);
    // Reports issued before engine 1.8.0 have no level signals.
    const signals = (q.levelSignals ?? []).map((s) => `${s.signal} (${s.level}) “${s.quote}”`);
    if (signals.length > 0) lines.push(`Seniority signals${q.level ? ` (${q.level})` : ''}: ${signals.join('; ')}`);
    lines.push('', q.answer ? `> ${q.answer.replace(/\n/g, '\n> ')}` : '_not answered_', '');
    for (const e of q.evidence) lines.push(`- ${e.effect} ${e.rule}: “${e.quote}”`);
    for (const f of q.followUps) lines.push('', `**Follow-up:** ${f.prompt}`, '', f.answer ? `> ${f.answer.replace(/\n/g, '\n> ')}` : '_not answered_');
    lines.push('');
  });
  lines.push('## Transcript', '');
  for (const l of r.transcript) lines.push(`- \`${l.at}\` **${l.speaker}**${l.late ? ' (in grace period)' : ''}: ${l.text.replace(/\n/g, ' ')}`);
  return `${lines.join('\n')}\n`;
}
