import { readFileSync } from 'node:fs';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { QuestionTypeSchema } from '../../core/bank/question.ts';
import { createBuiltinScorer } from '../../core/scoring/index.ts';
import { loadQuestions, parseLine, readJsonLines } from './score-io.ts';

interface ScoreOptions {
  type?: string;
  question?: string;
  questionId?: string;
  batch?: string;
  bankDir?: string;
}

function fail(message: string): void {
  process.stderr.write(`prescreen score: ${message}\n`);
  process.exitCode = 2;
}

/** One answer from stdin: the question from --question-id or --question plus --type. */
function scoreOne(opts: ScoreOptions): void {
  const bank = loadQuestions(opts.bankDir);
  const line = JSON.stringify({
    ...(opts.type ? { type: opts.type } : {}),
    ...(opts.question ? { question: opts.question } : {}),
    ...(opts.questionId ? { questionId: opts.questionId } : {}),
    answer: readFileSync(0, 'utf8'),
  });
  const parsed = parseLine(line, 1, bank);
  if (!parsed.ok) {
    process.stdout.write(`${JSON.stringify(parsed.error)}\n`);
    process.exitCode = 1;
    return;
  }
  const result = createBuiltinScorer({ bank }).scoreAnswer(parsed.input);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** JSON Lines in, JSON Lines out in the same order; a bad line yields an error object for it. */
function scoreBatch(opts: ScoreOptions & { batch: string }): void {
  const bank = loadQuestions(opts.bankDir);
  const scorer = createBuiltinScorer({ bank });
  const lines = readJsonLines(opts.batch);
  const bar = process.stderr.isTTY ? new SingleBar({ stream: process.stderr }, Presets.shades_classic) : null;
  bar?.start(lines.length, 0);
  let bad = 0;
  const out: string[] = [];
  for (const { raw, line } of lines) {
    const parsed = parseLine(raw, line, bank);
    if (!parsed.ok) {
      bad++;
      out.push(JSON.stringify(parsed.error));
    } else {
      const result = scorer.scoreAnswer(parsed.input);
      out.push(JSON.stringify(parsed.value.id !== undefined ? { id: parsed.value.id, ...result } : result));
    }
    bar?.increment();
    // Flush in chunks so a large batch streams instead of buffering everything.
    if (out.length >= 256) process.stdout.write(`${out.splice(0).join('\n')}\n`);
  }
  bar?.stop();
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  if (bad > 0) process.exitCode = 1;
}

export function registerScoreCommand(program: Command): void {
  program
    .command('score')
    .description('score an answer (stdin) or a batch of answers (JSON Lines) with the built-in engine')
    .option('--type <type>', `question type: ${QuestionTypeSchema.options.join(', ')}`)
    .option('--question <text>', 'the question, as free text (matched to the bank when it is clearly the same)')
    .option('--question-id <id>', 'a bank question id')
    .option('--batch <file>', 'JSON Lines file of {id, type, question | questionId, answer, parent?}, or - for stdin')
    .option('--bank-dir <dir>', 'bank directory (default: the shipped bank)')
    .action((opts: ScoreOptions) => {
      if (opts.batch !== undefined) return scoreBatch({ ...opts, batch: opts.batch });
      if (opts.questionId === undefined && opts.question === undefined) return fail('give --question-id ID, or --question TEXT with --type, or --batch FILE');
      if (opts.type !== undefined && !QuestionTypeSchema.safeParse(opts.type).success) return fail(`unknown --type "${opts.type}"`);
      scoreOne(opts);
    });
}
