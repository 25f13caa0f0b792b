import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * PGlite has no lock between processes: two processes can open one data
 * directory and silently diverge. This lock file makes the second one fail at
 * once, naming the directory and the process that holds it. A lock left by a
 * dead process (kill -9) is taken over. Two processes starting at once must
 * not both get in: the lock appears with its pid already in it (written
 * aside, then hard-linked into place, which fails if it exists), and a stale
 * one is moved aside and checked before it is removed, so one process cannot
 * remove a lock another has just taken.
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
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path)) return { path, release: () => releaseIfOurs(path) };
    const holder = readHolder(path);
    if (holder !== null && (holder === process.pid || isAlive(holder))) throw new DataDirLockedError(absolute, holder);
    removeStale(path, holder);
  }
  throw new Error(`could not lock the data directory ${absolute}`);
}

/** Puts our pid in place as the lock, whole; false if a lock is there. */
function tryCreate(path: string): boolean {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(aside, String(process.pid));
  try {
    linkSync(aside, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(aside);
  }
}

/**
 * Removes the lock of a dead process, `stale` as read. It is renamed aside
 * first (atomic: of two processes doing this, one gets the file) and removed
 * only if it is still that stale lock; a live lock taken meanwhile by a third
 * process is put back.
 */
function removeStale(path: string, stale: number | null): void {
  const aside = `${path}.stale.${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // another process moved it first; look again
  }
  const moved = readHolder(aside);
  if (moved !== stale && moved !== null && isAlive(moved)) {
    try {
      linkSync(aside, path);
    } catch {
      // a lock is in place again: whoever holds it, the next attempt reads it
    }
  }
  unlinkSync(aside);
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
