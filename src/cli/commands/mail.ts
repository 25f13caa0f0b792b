import type { Command } from 'commander';
import { listMailbox } from '../../db/repositories/mailbox.ts';
import { printJsonOr, withDatabase } from '../open-db.ts';

/** `prescreen mail list`: the local mailbox, where email goes when SMTP_URL is not set. */
export function registerMailCommand(program: Command): void {
  const mail = program.command('mail').description('the local mailbox (email is kept here when SMTP_URL is not set)');
  mail
    .command('list')
    .description('list the newest messages in the local mailbox')
    .option('--to <email>', 'only messages to this address')
    .option('--limit <n>', 'at most this many', '20')
    .option('--full', 'print each message body')
    .option('--json', 'machine-readable output')
    .action((opts: { to?: string; limit: string; full?: boolean; json?: boolean }) =>
      withDatabase(async ({ db }) => {
        const items = await listMailbox(db, { ...(opts.to ? { to: opts.to } : {}), limit: Number(opts.limit) || 20 });
        printJsonOr(Boolean(opts.json), { items }, () =>
          items.length === 0
            ? 'the mailbox is empty'
            : items.map((m) => `${m.createdAt}  ${m.to}  ${m.subject}${opts.full ? `\n\n${m.text}\n${'-'.repeat(60)}` : ''}`).join('\n'),
        );
      }),
    );
}
