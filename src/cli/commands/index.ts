import type { Command } from 'commander';
import { registerAdminCommand } from './admin.ts';
import { registerBankCommand } from './bank.ts';
import { registerInterviewCommand } from './interview.ts';
import { registerMailCommand } from './mail.ts';
import { registerReportCommand } from './report.ts';
import { registerCalibrateCommand } from './calibrate.ts';
import { registerLabCommand } from './lab.ts';
import { registerScoreCommand } from './score.ts';
import { registerServeCommand } from './serve.ts';

/**
 * Every CLI command lives in its own file under src/cli/commands and exports a
 * `register…Command(program)` function; this list is the only place they meet.
 */
export function registerCommands(program: Command): void {
  registerServeCommand(program);
  registerAdminCommand(program);
  registerBankCommand(program);
  registerInterviewCommand(program);
  registerReportCommand(program);
  registerMailCommand(program);
  registerScoreCommand(program);
  registerCalibrateCommand(program);
  registerLabCommand(program);
}
