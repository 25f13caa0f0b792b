#!/usr/bin/env node
// `npm test`: the whole suite. Type-checks, makes sure Chromium is there for
// the end-to-end tests, runs every test file with vitest, and ends with one
// plain line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...opts }).status ?? 1;

if (existsSync('scripts/ensure-chromium.mjs')) {
  if (run(process.execPath, ['scripts/ensure-chromium.mjs']) !== 0) process.exit(1);
}

console.log('\n== type check (tsc --noEmit)');
if (run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

console.log('\n== tests (vitest)');
mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
const code = run(process.execPath, [
  'node_modules/vitest/vitest.mjs', 'run',
  '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);

if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const failed = r.numFailedTests + (r.numFailedTestSuites ?? 0);
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`\n${r.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (r.numPassedTests === 0) process.exit(1);
  // CI runs every test: a skipped one there hides a failure.
  if (process.env.CI && skipped > 0) {
    console.log('CI runs every test, but some were skipped: failing the run.');
    process.exit(1);
  }
}
process.exit(code);
