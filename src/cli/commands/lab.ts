import type { Command } from 'commander';
import type { z } from 'zod';
import { CONCEPTS, exploreInterleavings, FAULTS, formatValue, formatView, gradeFix, SCENARIOS, STRATEGIES, type Exploration, type FaultVerdict, type Grade, type Trace } from '../../core/lab/index.ts';
import { LAB_MAX_CLIENTS, LabGradeRequestSchema, LabRunRequestSchema } from '../../schemas/lab.ts';
import { printJsonOr } from '../open-db.ts';

interface RunOptions { scenario?: string; strategy?: string; faults?: string; clients?: string; seed?: string; json?: boolean }

export function registerLabCommand(program: Command): void {
  const lab = program.command('lab').description('the concurrency lab: run a scenario under faults, explain the wrong value, grade a fix');

  lab
    .command('list')
    .description('list scenarios, strategies and fault models')
    .option('--json', 'machine-readable output')
    .action((opts: { json?: boolean }) => {
      const catalog = {
        scenarios: Object.values(SCENARIOS).map(({ id, title, expectation }) => ({ id, title, expectation })),
        strategies: Object.entries(STRATEGIES).map(([id, s]) => ({ id, title: s.title })),
        faults: Object.entries(FAULTS).map(([id, f]) => ({ id, title: f.title, description: f.description })),
      };
      printJsonOr(Boolean(opts.json), catalog, () =>
        [
          'Scenarios:',
          ...catalog.scenarios.map((s) => `  ${s.id.padEnd(28)} ${s.title} — ${s.expectation}`),
          'Strategies:',
          ...catalog.strategies.map((s) => `  ${s.id.padEnd(28)} ${s.title}`),
          'Fault models (combine with commas):',
          ...catalog.faults.map((f) => `  ${f.id.padEnd(28)} ${f.description}`),
        ].join('\n'),
      );
    });

  lab
    .command('run')
    .description('run a scenario with a strategy under fault models and explain the shortest failing schedule')
    .requiredOption('--scenario <id>', 'counter | cart | document | payment')
    .requiredOption('--strategy <id>', 'how the store and clients behave (see `prescreen lab list`)')
    .option('--faults <list>', 'comma-separated fault models, e.g. race,retry', '')
    .option('--clients <n>', `number of clients (counter: 1 to ${LAB_MAX_CLIENTS})`)
    .option('--seed <n>', 'seed for sampling when there are too many schedules to enumerate')
    .option('--json', 'machine-readable output')
    .action((opts: RunOptions) => {
      const request = parseOrReport(LabRunRequestSchema, {
        scenario: opts.scenario,
        strategy: opts.strategy,
        faults: (opts.faults ?? '').split(',').map((f) => f.trim()).filter(Boolean),
        ...(opts.clients !== undefined ? { clients: Number(opts.clients) } : {}),
        ...(opts.seed !== undefined ? { seed: Number(opts.seed) } : {}),
      });
      if (!request) return;
      if (request.clients !== undefined && request.clients > LAB_MAX_CLIENTS) return fail(`clients: must be at most ${LAB_MAX_CLIENTS}`);
      const result = exploreInterleavings(request, { seed: request.seed ?? 1 });
      if (!result.ok) return fail(`${result.error.field}: ${result.error.message}`);
      printJsonOr(Boolean(opts.json), result.value, () => formatRun(result.value));
    });

  lab
    .command('grade')
    .description('grade a strategy against every fault model that matters for the scenario (exit code 1 if it fails)')
    .requiredOption('--scenario <id>', 'counter | cart | document | payment')
    .requiredOption('--strategy <id>', 'the fix to grade')
    .option('--json', 'machine-readable output')
    .action((opts: { scenario?: string; strategy?: string; json?: boolean }) => {
      const request = parseOrReport(LabGradeRequestSchema, { scenario: opts.scenario, strategy: opts.strategy });
      if (!request) return;
      const grade = gradeFix(request.scenario, request.strategy);
      printJsonOr(Boolean(opts.json), grade, () => formatGrade(grade));
      process.exitCode = grade.pass ? 0 : 1;
    });
}

function parseOrReport<T>(schema: z.ZodType<T>, input: unknown): T | null {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  fail(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('\n'));
  return null;
}

function fail(message: string): void {
  process.stderr.write(`prescreen lab: ${message}\n`);
  process.exitCode = 2;
}

function formatRun(run: Exploration): string {
  const { scenario, strategy, faults, clients } = run.config;
  const lines = [
    `${scenario} · ${strategy} · ${faults.length ? faults.join(' + ') : 'no faults'} · ${clients} client(s)`,
    `${run.schedules} schedule(s) ${run.mode === 'exhaustive' ? 'explored exhaustively' : 'sampled'}: ${run.wrong} wrong. Expected ${formatView(run.expected)}.`,
    `Outcomes: ${run.outcomes.map((o) => `${formatView(o.final)} ×${o.schedules}${o.correct ? '' : ' (wrong)'}`).join(', ')}`,
  ];
  if (!run.shortestFailing || !run.explanation) return [...lines, '', 'Every schedule ended with the expected value.'].join('\n');
  return [
    ...lines,
    '',
    `${run.explanation.title}`,
    run.explanation.text,
    '',
    `Shortest failing schedule (${run.shortestFailing.steps.length} steps${skewNote(run.shortestFailing)}):`,
    formatTrace(run.shortestFailing),
    '',
    `Lesson: ${run.explanation.lesson}`,
  ].join('\n');
}

function skewNote(trace: Trace): string {
  const skewed = Object.entries(trace.skews).filter(([, ms]) => ms !== 0);
  return skewed.length ? `; clocks: ${skewed.map(([client, ms]) => `${client} ${ms} ms`).join(', ')}` : '';
}

/** The trace as an aligned table: one row per step. */
export function formatTrace(trace: Trace): string {
  const header = ['t', 'actor', 'action', 'read', 'write', 'store before → after', 'note'];
  const rows = trace.steps.map((s) => [
    String(s.t),
    s.actor,
    s.action,
    s.read === undefined ? '' : formatValue(s.read),
    s.write === undefined ? '' : formatValue(s.write),
    `${formatView(s.storeBefore)} → ${formatView(s.storeAfter)}`,
    s.note,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function formatGrade(grade: Grade): string {
  return [
    `${grade.scenario} · ${grade.strategy}: ${grade.pass ? 'PASS' : 'FAIL'}`,
    ...grade.verdicts.map(formatVerdict),
    '',
    'Cost:',
    ...grade.costNotes.map((n) => `  ${n}`),
  ].join('\n');
}

function formatVerdict(verdict: FaultVerdict): string {
  const faults = verdict.faults.join(' + ');
  if (verdict.kind === 'correct') return `  ✓ ${faults.padEnd(14)} correct in all ${verdict.schedules} schedule(s) (${verdict.mode})`;
  return [
    `  ✗ ${faults.padEnd(14)} wrong in ${verdict.wrong} of ${verdict.schedules} schedule(s): ${CONCEPTS[verdict.explanation.concept].title}`,
    `      ${verdict.explanation.text}`,
  ].join('\n');
}
