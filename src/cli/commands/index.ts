import type { Command } from 'commander';

/**
 * Every CLI command lives in its own file under src/cli/commands and exports a
 * `register…Command(program)` function; this list is the only place they meet.
 */
export function registerCommands(program: Command): void {
  void program;
}
