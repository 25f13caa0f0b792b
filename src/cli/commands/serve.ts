import type { Command } from 'commander';
import { ConfigError, ENV_VARS, readConfig } from '../../config/config.ts';
import { DataDirLockedError } from '../../db/index.ts';
import { startServer, type RunningServer } from '../../server.ts';

const envHelp = Object.entries(ENV_VARS)
  .map(([name, what]) => `  ${name.padEnd(26)} ${what}`)
  .join('\n');

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the API and the web app (embedded database unless DATABASE_URL is set)')
    .addHelpText('after', `\nEnvironment variables:\n${envHelp}\n`)
    .action(async () => {
      const server = await startOrExplain();
      printFirstStart(server);
      process.stdout.write(`prescreen is listening on ${server.url} (${server.database.backend})\n`);
      stopOnSignals(server);
    });
}

async function startOrExplain(): Promise<RunningServer> {
  try {
    return await startServer(readConfig());
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      process.stderr.write(`prescreen: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

function printFirstStart(server: RunningServer): void {
  const b = server.bootstrap;
  if (!b.created) return;
  const lines = [
    '',
    'First start: created the default organisation. Keep these; they are shown only once.',
    `  Admin API key:   ${b.apiKey}`,
    `  Admin sign-in:   ${b.adminEmail}${b.generatedPassword ? ` / ${b.generatedPassword}` : ' (password from PRESCREEN_ADMIN_PASSWORD)'}`,
    `  Web app:         ${server.url}/`,
    `  API docs:        ${server.url}/docs`,
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

/** A clean stop on SIGINT/SIGTERM: finish requests, close the database, release the lock. */
function stopOnSignals(server: RunningServer): void {
  const stop = (signal: string) => {
    process.stdout.write(`received ${signal}, stopping\n`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`error while stopping: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
