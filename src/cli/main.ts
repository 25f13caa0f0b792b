import { Command } from 'commander';
import { ConfigError } from '../config/config.ts';
import { DataDirLockedError } from '../db/index.ts';
import { registerCommands } from './commands/index.ts';

const program = new Command()
  .name('prescreen')
  .description('Screening interviews for distributed-systems and backend engineers')
  .showHelpAfterError();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Expected failures get one clear line; anything else keeps its stack.
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    process.stderr.write(`prescreen: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
