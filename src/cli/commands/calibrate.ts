import type { Command } from 'commander';
import { createBuiltinScorer } from '../../core/scoring/index.ts';
import { calibrationReport, formatReport, type ScoredLine } from './calibrate-report.ts';
import { loadQuestions, parseLine, readJsonLines } from './score-io.ts';

interface CalibrateOptions {
  set: string;
  json?: boolean;
  bankDir?: string;
  worst: string;
}

/**
 * Scores a labeled set and reports agreement with the labels: quadratic
 * weighted kappa, exact and adjacent agreement, the confusion matrix, a
 * per-type breakdown and the answers furthest off, each overall and on the
 * length-matched part, beside the length-only baseline.
 */
export function registerCalibrateCommand(program: Command): void {
  program
    .command('calibrate')
    .description('measure the engine against a labeled set (JSON Lines with "label" 1–5)')
    .requiredOption('--set <file>', 'labeled JSON Lines file')
    .option('--json', 'machine-readable output')
    .option('--worst <n>', 'how many of the furthest-off answers to list', '10')
    .option('--bank-dir <dir>', 'bank directory (default: the shipped bank)')
    .action((opts: CalibrateOptions) => {
      const bank = loadQuestions(opts.bankDir);
      const scorer = createBuiltinScorer({ bank });
      const scored: ScoredLine[] = [];
      const errors = [];
      for (const { raw, line } of readJsonLines(opts.set)) {
        const parsed = parseLine(raw, line, bank);
        if (!parsed.ok) errors.push(parsed.error);
        else scored.push({ line: parsed.value, result: scorer.scoreAnswer(parsed.input) });
      }
      const report = { engineVersion: scorer.version, ...calibrationReport(scored, Number(opts.worst) || 10), errors };
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(report)}\n`);
      } else {
        process.stdout.write(`engine ${scorer.version} on ${opts.set}\n\n${formatReport(report)}\n`);
        for (const e of errors) process.stdout.write(`line ${e.line}: ${e.error.field}: ${e.error.message}\n`);
      }
      if (errors.length > 0) process.exitCode = 1;
    });
}
