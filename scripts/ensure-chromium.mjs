#!/usr/bin/env node
// Makes sure Debian's Chromium is at /usr/bin/chromium for the end-to-end
// tests. Installs it with apt-get when it is missing and we are root;
// otherwise explains how to get it. Exit code 0 when Chromium is available.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.PRESCREEN_CHROMIUM ?? '/usr/bin/chromium';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return r.status === 0;
}

export function ensureChromium({ quiet = false } = {}) {
  if (existsSync(CHROMIUM)) {
    if (!quiet) process.stdout.write(`chromium: found ${CHROMIUM}\n`);
    return true;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    process.stdout.write('chromium: not found; installing Debian\'s chromium package with apt-get (this takes a minute)…\n');
    const ok = run('apt-get', ['update']) && run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
    if (ok && existsSync(CHROMIUM)) {
      process.stdout.write(`chromium: installed ${CHROMIUM}\n`);
      return true;
    }
    process.stderr.write('chromium: apt-get did not install /usr/bin/chromium; see the output above.\n');
    return false;
  }
  process.stderr.write(
    [
      `chromium: ${CHROMIUM} is missing, so the end-to-end browser tests cannot run.`,
      hasApt
        ? '  Install it with:  sudo apt-get update && sudo apt-get install -y chromium'
        : '  Install Chromium with your system\'s package manager, then set PRESCREEN_CHROMIUM to its path.',
      '',
    ].join('\n'),
  );
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(ensureChromium() ? 0 : 1);
}
