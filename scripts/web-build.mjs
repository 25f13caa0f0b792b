// The web app's build, shared by `npm start` and the end-to-end tests: what
// counts as its sources, whether dist/web is older than them, and the build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The web app imports shared code from src/core, src/schemas and src/interviews
// (the report's Markdown) too.
const SOURCES = ['src/web', 'src/core', 'src/schemas', 'src/interviews', 'vite.config.ts'];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

export function webBuildIsStale(root) {
  const built = join(root, 'dist/web/index.html');
  return !existsSync(built) || statSync(built).mtimeMs < Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
}

/**
 * Runs `vite build`; returns the spawn result (status, output). Always a
 * production build: under the test runner NODE_ENV is "test", and Vite would
 * bundle React's development build (727 kB instead of 447 kB, measured),
 * which `npm start` would then serve.
 */
export function buildWeb(root, stdio = 'pipe') {
  return spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root, stdio, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' },
  });
}
