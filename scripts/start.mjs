#!/usr/bin/env node
// `npm start`: build the web app when it is missing or older than its
// sources (a fresh clone, a pull), then run `prescreen serve`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src/web', 'src/core', 'src/schemas', 'vite.config.ts'];
const BUILT = 'dist/web/index.html';

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

const stale = !existsSync(BUILT) || statSync(BUILT).mtimeMs < Math.max(...SOURCES.map(newestMtime));
if (stale) {
  console.log('Building the web app (vite build)…');
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const serve = spawnSync(process.execPath, ['bin/prescreen.js', 'serve', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(serve.status ?? 1);
