// Answer submissions per second and their p99 with N concurrent simulated
// candidates, and the time from the last answer to a readable report, on
// PGlite and on PostgreSQL. Run: npx tsx bench/interview.ts [seconds] [candidates]
// The server runs in its own process (`prescreen serve`); candidates are
// plain HTTP clients in this one, each answering its turns as fast as it can.
// Env: BENCH_RATE (answers/s offered by all candidates together, paced; default: as fast as they can),
// BENCH_BACKEND=pglite|postgres (one only), BENCH_LOG_LEVEL (default warn),
// BENCH_PG_SOCKET (a directory: PostgreSQL over its Unix socket, not TCP),
// BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" for the server).
// "server CPU ms/answer" is the server process's CPU time over the run / answers; "of which main thread" is its event loop's share (the rest: the scoring worker and V8's GC threads).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { admin, answerFor, apiAt, invitedCandidates, startServer } from './interview-fixture.ts';

const SECONDS = Number(process.argv[2] ?? 15);
const CANDIDATES = Number(process.argv[3] ?? 50);
/** Answers per second offered by all candidates together; 0 = each answers as fast as it can. */
const RATE = Number(process.env.BENCH_RATE ?? 0);
/** Answers in one bench interview, follow-ups included (six questions, most followed up). */
const ANSWERS_PER_INTERVIEW = 11;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const PORT = 3911;
const api = apiAt(PORT);

/** The server process's CPU time so far (user + system), in ms, from /proc (Linux; clock ticks of 10 ms). */
const cpuMs = (pid: number, thread?: number) => {
  const fields = readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/** CPU time of every PostgreSQL server process so far, in ms (0 when it runs elsewhere). */
const postgresCpuMs = () => readdirSync('/proc').filter((d) => /^\d+$/.test(d)).reduce((sum, pid) => {
  try {
    if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('postgres')) return sum;
    return sum + cpuMs(Number(pid));
  } catch {
    return sum; // the process ended while we looked
  }
}, 0);
const clientCpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

async function run(name: string, env: Record<string, string>) {
  const server = await startServer(PORT, env);
  const pool = await invitedCandidates(api, Math.max(CANDIDATES * 12, SECONDS * 100));
  const latencies: number[] = [];
  const midLatencies: number[] = []; // answers that ask the next turn
  const lastLatencies: number[] = []; // answers that end the interview and issue its report
  const reportMs: number[] = [];
  let errors = 0;
  let interviews = 0;
  // Paced (BENCH_RATE): each candidate sends on a fixed schedule and latency
  // counts from the scheduled moment, so a slow server cannot hide its queue
  // by slowing the senders down (no coordinated omission).
  const interval = RATE > 0 ? (1000 * CANDIDATES) / RATE : 0;
  // Paced runs ramp up over one interview's length first; only answers sent
  // inside the measured window [windowStart, windowEnd) count.
  const ramp = interval * ANSWERS_PER_INTERVIEW;
  const windowStart = performance.now() + ramp;
  const windowEnd = windowStart + SECONDS * 1000;
  const deadline = Date.now() + ramp + SECONDS * 1000;
  const started = Date.now();
  const counted = (t0: number) => t0 >= windowStart && t0 < windowEnd;
  // CPU of the server, PostgreSQL and this client, over the measured window.
  // The server's main thread (its id is the process's) apart: the event loop every request waits on.
  const cpuNow = () => [cpuMs(server.pid!), postgresCpuMs(), clientCpuMs(), cpuMs(server.pid!, server.pid!)];
  let cpuStart = cpuNow();
  let cpuEnd: number[] | null = null;
  const startTimer = setTimeout(() => (cpuStart = cpuNow()), ramp);
  const endTimer = RATE > 0 ? setTimeout(() => (cpuEnd = cpuNow()), ramp + SECONDS * 1000) : undefined;
  await Promise.all(Array.from({ length: CANDIDATES }, async () => {
    // Starts spread over one interview's length, so interviews do not all
    // end, and issue their reports, in the same instant.
    let scheduled = performance.now() + Math.random() * ramp;
    while (Date.now() < deadline) {
      const inv = pool.pop();
      if (!inv) return;
      let view = (await api('POST', `/api/v1/interviews/${inv.token}/start`)).body;
      for (let n = 0; view.status === 'in_progress'; n++) {
        if (interval > 0) await sleep(scheduled - performance.now());
        const t0 = interval > 0 ? scheduled : performance.now();
        scheduled += interval;
        const res = await api('POST', `/api/v1/interviews/${inv.token}/answers`, { seq: view.seq, text: answerFor(view.question.questionId, view.question.kind, n) }, { 'idempotency-key': randomUUID() });
        const latency = performance.now() - t0;
        if (counted(t0)) latencies.push(latency);
        if (res.status !== 200) { errors++; break; }
        view = res.body;
        if (counted(t0)) (view.status === 'completed' ? lastLatencies : midLatencies).push(latency);
        if (view.status === 'completed') {
          const report = await api('GET', `/api/v1/interviews/${inv.interviewId}/report`, undefined, admin);
          if (counted(t0)) reportMs.push(performance.now() - t0);
          if (report.status !== 200) errors++;
          interviews++;
        }
      }
    }
  }));
  const elapsed = RATE > 0 ? SECONDS : (Date.now() - started) / 1000;
  clearTimeout(startTimer);
  clearTimeout(endTimer);
  const [serverCpuMs = 0, pgMs = 0, clientMs = 0, mainThreadMs = 0] = (cpuEnd ?? cpuNow()).map((v, i) => v - cpuStart[i]!);
  latencies.sort((a, b) => a - b);
  reportMs.sort((a, b) => a - b);
  midLatencies.sort((a, b) => a - b);
  lastLatencies.sort((a, b) => a - b);
  server.kill('SIGTERM');
  await new Promise((r) => server.on('exit', r));
  const row = {
    backend: name, candidates: CANDIDATES, 'offered/s': RATE || 'max', 'answers/s': Math.round(latencies.length / elapsed), 'p50 ms': +pct(latencies, 50).toFixed(1),
    'p99 ms': +pct(latencies, 99).toFixed(1), 'p99 ms, next turn': +pct(midLatencies, 99).toFixed(1), 'p99 ms, last answer': +pct(lastLatencies, 99).toFixed(1), interviews, 'report p50 ms': +pct(reportMs, 50).toFixed(1), 'report max ms': +(reportMs.at(-1) ?? NaN).toFixed(1), errors,
    'server CPU ms/answer': +(serverCpuMs / latencies.length).toFixed(2),
    'of which main thread': +(mainThreadMs / latencies.length).toFixed(2),
    'postgres CPU ms/answer': +(pgMs / latencies.length).toFixed(2), 'client CPU ms/answer': +(clientMs / latencies.length).toFixed(2), 'load avg': readFileSync('/proc/loadavg', 'utf8').split(' ')[0],
  };
  console.log(JSON.stringify(row));
  return row;
}

async function recreateDatabase(dbName: string): Promise<string> {
  const client = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await client.connect();
  await client.query(`drop database if exists ${dbName} with (force)`);
  await client.query(`create database ${dbName}`);
  await client.end();
  // BENCH_PG_SOCKET=/var/run/postgresql: talk to the server over its Unix socket instead of loopback TCP.
  const socket = process.env.BENCH_PG_SOCKET;
  return socket ? `postgres://postgres@/${dbName}?host=${socket}` : `postgres://postgres@127.0.0.1:5432/${dbName}`;
}

const only = process.env.BENCH_BACKEND;
const rows = [];
if (only !== 'postgres') rows.push(await run('PGlite', { PRESCREEN_DATA_DIR: mkdtempSync(join(tmpdir(), 'prescreen-bench-')) }));
if (only !== 'pglite') rows.push(await run('PostgreSQL', { DATABASE_URL: await recreateDatabase('prescreen_bench_interview') }));
console.table(rows);
