import { mkdirSync, openSync, readFileSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * PGlite has no lock between processes: two processes can open one data
 * directory and silently diverge. This lock file makes the second one fail at
 * once, naming the directory and the process that holds it. A lock left by a
 * dead process (kill -9) is taken over.
 */
export class DataDirLockedError extends Error {
  constructor(readonly dir: string, readonly pid: number) {
    super(`the data directory ${dir} is in use by process ${pid}; stop it or choose another PRESCREEN_DATA_DIR`);
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

export function lockDataDir(dir: string): DataDirLock {
  const absolute = resolve(dir);
  mkdirSync(absolute, { recursive: true });
  const path = join(absolute, 'prescreen.pid');
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path)) return { path, release: () => releaseIfOurs(path) };
    const holder = readHolder(path);
    if (holder !== null && holder !== process.pid && isAlive(holder)) throw new DataDirLockedError(absolute, holder);
    if (holder === process.pid) throw new DataDirLockedError(absolute, holder);
    try {
      unlinkSync(path); // stale: its process is gone
    } catch {
      // another process removed it first; try again
    }
  }
  throw new Error(`could not lock the data directory ${absolute}`);
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function readHolder(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfOurs(path: string): void {
  if (readHolder(path) === process.pid) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
}
