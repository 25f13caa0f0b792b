import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

/** A pid that no process has: the lock file of a process killed with -9. */
const DEAD_PID = 2 ** 22 - 3;

/** A process that tries to lock `dir` at the moment `at` (ms), says whether it got it, and holds it a moment. */
function contender(dir: string, at: number): Promise<string> {
  const script = `
    import { lockDataDir } from ${JSON.stringify(new URL('./data-dir-lock.ts', import.meta.url).pathname)};
    while (Date.now() < ${at});
    try { lockDataDir(process.argv[1]); console.log('locked'); setTimeout(() => {}, 600); }
    catch (e) { console.log(e.constructor.name); }`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', () => resolve(out.trim()));
  });
}

describe('the PGlite data directory lock', () => {
  it('refuses a directory held by a live process, naming it, and takes over a dead one\'s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lock-'));
    writeFileSync(join(dir, 'prescreen.pid'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    writeFileSync(join(dir, 'prescreen.pid'), String(DEAD_PID));
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(/in use by process \d+/);
    lock.release();
    lockDataDir(dir).release();
  });

  it('lets exactly one of several processes starting at once take over a stale lock', async () => {
    for (let round = 0; round < 4; round++) {
      const dir = mkdtempSync(join(tmpdir(), 'lock-race-'));
      writeFileSync(join(dir, 'prescreen.pid'), String(DEAD_PID));
      // All at one moment, once every process has started: the case of a supervisor restart and a CLI command together.
      const at = Date.now() + 3_000;
      const outcomes = await Promise.all(Array.from({ length: 6 }, () => contender(dir, at)));
      expect(outcomes.filter((o) => o === 'locked'), outcomes.join(', ')).toHaveLength(1);
      expect(outcomes.filter((o) => o !== 'locked').every((o) => o === 'DataDirLockedError'), outcomes.join(', ')).toBe(true);
    }
  }, 120_000);
});
