import type { Command } from 'commander';
import { DEFAULT_BANK_DIR, readBankDir } from '../../bank/index.ts';
import { printJsonOr } from '../open-db.ts';

export function registerBankCommand(program: Command): void {
  const bank = program.command('bank').description('the question bank');

  bank
    .command('list')
    .description('list the bank questions')
    .option('--type <type>', 'only this question type')
    .option('--dir <dir>', 'bank directory', DEFAULT_BANK_DIR)
    .option('--json', 'machine-readable output')
    .action((opts: { type?: string; dir: string; json?: boolean }) => {
      const questions = readBankDir(opts.dir).questions.filter((q) => !opts.type || q.type === opts.type);
      printJsonOr(Boolean(opts.json), { items: questions.map(({ id, type, topic, bank: b, text }) => ({ id, type, topic, bank: b, text })) }, () =>
        questions.map((q) => `${q.id.padEnd(28)} ${q.type.padEnd(12)} ${q.topic}`).join('\n'),
      );
    });

  bank
    .command('show <id>')
    .description('show one question with its rubric')
    .option('--dir <dir>', 'bank directory', DEFAULT_BANK_DIR)
    .action((id: string, opts: { dir: string }) => {
      const question = readBankDir(opts.dir).questions.find((q) => q.id === id);
      if (!question) {
        process.stderr.write(`no question ${id}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`${JSON.stringify(question, null, 2)}\n`);
    });

  bank
    .command('lint')
    .description('validate every bank file; report each problem with file and field')
    .option('--dir <dir>', 'bank directory', DEFAULT_BANK_DIR)
    .option('--json', 'machine-readable output')
    .action((opts: { dir: string; json?: boolean }) => {
      const result = readBankDir(opts.dir);
      const problems = result.ok ? [] : result.problems;
      printJsonOr(Boolean(opts.json), { ok: result.ok, questions: result.questions.length, problems }, () =>
        result.ok
          ? `${result.questions.length} questions, no problems`
          : problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n') + `\n${problems.length} problem(s)`,
      );
      if (!result.ok) process.exitCode = 1;
    });
}
