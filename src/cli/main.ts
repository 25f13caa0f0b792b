import { Command } from 'commander';
import { registerCommands } from './commands/index.ts';

const program = new Command()
  .name('prescreen')
  .description('Screening interviews for distributed-systems and backend engineers')
  .showHelpAfterError();

registerCommands(program);

await program.parseAsync(process.argv);
