import {
  adjacentAgreement,
  confusionMatrix,
  exactAgreement,
  lengthBaseline,
  quadraticWeightedKappa,
  wordCount,
  type ScoreResult,
} from '../../core/scoring/index.ts';
import type { ScoreLine } from './score-io.ts';

export interface ScoredLine {
  readonly line: ScoreLine;
  readonly result: ScoreResult;
}

export interface Agreement {
  readonly n: number;
  readonly qwk: number;
  readonly exact: number;
  readonly adjacent: number;
  /** The best a word-count rule does on the same answers (SCORING-NOTES: length is not the signal). */
  readonly lengthBaselineQwk: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function agreement(items: readonly ScoredLine[]): Agreement {
  const labels = items.map((i) => i.line.label as number);
  const scores = items.map((i) => i.result.score as number);
  const baseline = lengthBaseline(items.map((i) => wordCount(i.line.answer)), labels);
  return {
    n: items.length,
    qwk: round(quadraticWeightedKappa(labels, scores, 1, 5)),
    exact: round(exactAgreement(labels, scores)),
    adjacent: round(adjacentAgreement(labels, scores)),
    lengthBaselineQwk: round(quadraticWeightedKappa(labels, baseline, 1, 5)),
  };
}

/** Everything `prescreen calibrate` prints, as one JSON-ready object. */
export function calibrationReport(scored: readonly ScoredLine[], worst = 10) {
  const rated = scored.filter((s) => typeof s.line.label === 'number' && s.result.score !== null);
  const matched = rated.filter((s) => typeof s.line.group === 'string' && s.line.group.length > 0);
  const types = [...new Set(rated.map((s) => s.result.rubric && s.line.type ? s.line.type : 'unknown'))].sort();
  const perType = Object.fromEntries(types.map((t) => [t, agreement(rated.filter((s) => (s.line.type ?? 'unknown') === t))]));
  const flagChecks = scored.filter((s) => s.line.expectFlags !== undefined);
  const missedFlags = flagChecks.flatMap((s) =>
    (s.line.expectFlags ?? []).filter((f) => !s.result.flags.some((g) => g.code === f)).map((f) => ({ id: s.line.id, flag: f })),
  );
  const extraFlags = flagChecks.flatMap((s) =>
    s.result.flags.filter((g) => !(s.line.expectFlags ?? []).includes(g.code)).map((g) => ({ id: s.line.id, flag: g.code })),
  );
  const furthest = [...rated]
    .map((s) => ({ id: s.line.id, type: s.line.type, case: s.line.case, label: s.line.label as number, score: s.result.score as number }))
    .sort((a, b) => Math.abs(b.label - b.score) - Math.abs(a.label - a.score) || (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0))
    .filter((x) => x.label !== x.score)
    .slice(0, worst);
  const labelledUnscored = scored.filter((s) => typeof s.line.label === 'number' && s.result.score === null).length;
  const unlabelledScored = scored.filter((s) => s.line.label === null && s.result.score !== null).length;
  return {
    overall: agreement(rated),
    lengthMatched: agreement(matched),
    confusion: { rows: 'label 1–5', columns: 'engine 1–5', matrix: confusionMatrix(rated.map((s) => s.line.label as number), rated.map((s) => s.result.score as number)) },
    perType,
    flags: { checked: flagChecks.length, missed: missedFlags, unexpected: extraFlags },
    unscored: { labelledButUnscored: labelledUnscored, unlabelledButScored: unlabelledScored },
    furthest,
  };
}

export type CalibrationReport = ReturnType<typeof calibrationReport>;

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function agreementLine(name: string, a: Agreement): string {
  return `${name.padEnd(16)} n=${String(a.n).padStart(4)}  QWK ${a.qwk.toFixed(3)}  (length-only ${a.lengthBaselineQwk.toFixed(3)})  exact ${pct(a.exact)}  adjacent ${pct(a.adjacent)}`;
}

export function formatReport(r: CalibrationReport): string {
  const lines = [agreementLine('overall', r.overall), agreementLine('length-matched', r.lengthMatched), '', 'per type:'];
  for (const [t, a] of Object.entries(r.perType)) lines.push(`  ${agreementLine(t, a)}`);
  lines.push('', 'confusion (rows: label 1–5, columns: engine 1–5):');
  r.confusion.matrix.forEach((row, i) => lines.push(`  ${i + 1} | ${row.map((n) => String(n).padStart(4)).join('')}`));
  lines.push('', `flags: ${r.flags.checked} lines checked, ${r.flags.missed.length} expected flags missed, ${r.flags.unexpected.length} unexpected`);
  for (const m of r.flags.missed) lines.push(`  missed ${m.flag} on ${m.id}`);
  for (const m of r.flags.unexpected) lines.push(`  unexpected ${m.flag} on ${m.id}`);
  lines.push(`unscored: ${r.unscored.labelledButUnscored} labelled answers unscored, ${r.unscored.unlabelledButScored} unlabelled answers scored`);
  lines.push('', 'furthest off:');
  for (const f of r.furthest) lines.push(`  ${String(f.id).padEnd(12)} ${String(f.type).padEnd(12)} ${String(f.case ?? '').padEnd(16)} label ${f.label}  engine ${f.score}`);
  return lines.join('\n');
}
