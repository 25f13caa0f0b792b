#!/usr/bin/env node
// `npm start`: build the web app when it is missing or older than its
// sources (a fresh clone, a pull), then run `prescreen serve`.
import { spawnSync } from 'node:child_process';
import { buildWeb, webBuildIsStale } from './web-build.mjs';

if (webBuildIsStale(process.cwd())) {
  console.log('Building the web app (vite build)…');
  const build = buildWeb(process.cwd(), 'inherit');
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const serve = spawnSync(process.execPath, ['bin/prescreen.js', 'serve', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(serve.status ?? 1);
