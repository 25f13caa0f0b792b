import type { Command } from 'commander';
import { createApiKey, listApiKeys, revokeApiKey } from '../../auth/api-keys.ts';
import { printJsonOr, withDatabase } from '../open-db.ts';

export function registerAdminCommand(program: Command): void {
  const admin = program.command('admin').description('administration: API keys');
  const key = admin.command('key').description('create, list and revoke API keys');

  key
    .command('create')
    .description('create an API key (printed once; only its hash is stored)')
    .option('--org <id>', 'organisation id', 'org_default')
    .option('--name <name>', 'a name to tell keys apart', 'cli')
    .option('--json', 'machine-readable output')
    .action((opts: { org: string; name: string; json?: boolean }) =>
      withDatabase(async ({ db }) => {
        const { key: secret, info } = await createApiKey(db, opts.org, opts.name);
        printJsonOr(Boolean(opts.json), { key: secret, ...info }, () => `${secret}\n(id ${info.id}, organisation ${info.orgId}; shown once)`);
      }),
    );

  key
    .command('list')
    .description('list API keys (prefixes only)')
    .option('--org <id>', 'only this organisation')
    .option('--json', 'machine-readable output')
    .action((opts: { org?: string; json?: boolean }) =>
      withDatabase(async ({ db }) => {
        const keys = await listApiKeys(db, opts.org);
        printJsonOr(Boolean(opts.json), { items: keys }, () =>
          keys.map((k) => `${k.id}  ${k.prefix}…  ${k.orgId}  ${k.name}  ${k.revokedAt ? `revoked ${k.revokedAt}` : 'active'}`).join('\n') || 'no keys',
        );
      }),
    );

  key
    .command('revoke <id>')
    .description('revoke an API key by id')
    .option('--json', 'machine-readable output')
    .action((id: string, opts: { json?: boolean }) =>
      withDatabase(async ({ db }) => {
        const revoked = await revokeApiKey(db, id);
        printJsonOr(Boolean(opts.json), { id, revoked }, () => (revoked ? `revoked ${id}` : `no active key ${id}`));
        if (!revoked) process.exitCode = 1;
      }),
    );
}
