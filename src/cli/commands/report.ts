import type { Command } from 'commander';
import { reportToMarkdown } from '../../interviews/report-markdown.ts';
import { withDatabase } from '../open-db.ts';

/** `prescreen report ID`: the latest (or a given) revision of an interview's report. */
export function registerReportCommand(program: Command): void {
  program
    .command('report <interviewId>')
    .description('print the report of a finished interview')
    .option('--format <format>', 'md or json', 'md')
    .option('--revision <n>', 'a given revision instead of the latest')
    .action((interviewId: string, opts: { format: string; revision?: string }) =>
      withDatabase(async ({ db }) => {
        if (opts.format !== 'md' && opts.format !== 'json') throw new Error('--format must be md or json');
        let q = db.selectFrom('reports').select(['data', 'revision']).where('interview_id', '=', interviewId);
        if (opts.revision) q = q.where('revision', '=', Number(opts.revision));
        const row = await q.orderBy('revision', 'desc').limit(1).executeTakeFirst();
        if (!row) {
          process.stderr.write(`prescreen: no report for interview ${interviewId}${opts.revision ? ` revision ${opts.revision}` : ''}\n`);
          process.exitCode = 1;
          return;
        }
        const data = row.data as Parameters<typeof reportToMarkdown>[0];
        process.stdout.write(opts.format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : reportToMarkdown(data));
      }),
    );
}
