// Throughput and latency of the screens API against a bare Fastify route,
// on PGlite and on PostgreSQL. Run: npx tsx bench/api.ts [seconds]
// Servers run in their own processes; autocannon drives them over loopback.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const SECONDS = Number(process.argv[2] ?? 10);
const CONNECTIONS = 10;
const KEY = 'psk_bench_admin_key_0123456789abcdef';
const SCREEN = {
  title: 'Bench screen', role: 'Backend engineer', timeBudgetMinutes: 20, passThreshold: 60,
  questions: ['ds-experience', 'ds-solved-problem', 'be-incident', 'ds-network-partition', 'ds-dht', 'be-lost-update'].map((questionId) => ({ questionId })),
};

async function startProcess(args: string[], env: Record<string, string>, port: number) {
  const child = spawn(process.execPath, args, { env: { ...process.env, LOG_LEVEL: 'warn', PORT: String(port), ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout!.on('data', (d: Buffer) => d.toString().includes('is listening on') && resolve()));
  return child;
}

async function load(title: string, url: string, opts: Partial<autocannon.Options> = {}) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }, ...opts });
  const row = { title, 'req/s': Math.round(r.requests.average), 'p50 ms': r.latency.p50, 'p99 ms': r.latency.p99, errors: r.errors + r.non2xx };
  console.log(JSON.stringify(row));
  return row;
}

async function recreateDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  return `postgres://postgres@127.0.0.1:5432/${name}`;
}

const rows = [];
const bare = await startProcess(['--import', 'tsx', 'bench/bare-server.ts'], {}, 3901);
rows.push(await load('bare Fastify GET', 'http://127.0.0.1:3901/hello'));
rows.push(await load('bare Fastify POST (zod)', 'http://127.0.0.1:3901/echo', { method: 'POST', body: JSON.stringify(SCREEN) }));
bare.kill();

const targets: Array<[string, Record<string, string>]> = [
  ['PGlite', { PRESCREEN_DATA_DIR: mkdtempSync(join(tmpdir(), 'prescreen-bench-')) }],
  ['PostgreSQL', { DATABASE_URL: await recreateDatabase('prescreen_bench') }],
];
for (const [name, env] of targets) {
  const server = await startProcess(['bin/prescreen.js', 'serve'], { ...env, PRESCREEN_ADMIN_KEY: KEY }, 3902);
  rows.push(await load(`${name}: GET /api/v1/questions`, 'http://127.0.0.1:3902/api/v1/questions'));
  rows.push(await load(`${name}: POST /api/v1/screens`, 'http://127.0.0.1:3902/api/v1/screens', { method: 'POST', body: JSON.stringify(SCREEN) }));
  server.kill('SIGTERM');
  await new Promise((r) => server.on('exit', r));
}
console.table(rows);
