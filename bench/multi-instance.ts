// Answer submissions against 1, 2 and 3 `prescreen serve` processes on one
// PostgreSQL database, as behind a load balancer: every request goes to a
// random instance, and a share of the answers is sent twice at once to two
// instances under one Idempotency-Key (a retrying proxy). Reports answers/s,
// p50/p99, and whether the database holds any answer not acknowledged once.
// Run: npx tsx bench/multi-instance.ts [seconds] [candidates] [duplicate share]
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import pg from 'pg';
import { Cluster, pick, prng } from '../test/multi-instance/cluster.ts';
import { answerFor as answerOf } from './interview-fixture.ts';

const SECONDS = Number(process.argv[2] ?? 10);
const CANDIDATES = Number(process.argv[3] ?? 30);
const DUPLICATE = Number(process.argv[4] ?? 0.1);
const KEY = 'psk_bench_admin_key_multi_instance_01';
const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const QUESTIONS = ['ds-experience', 'ds-solved-problem', 'be-incident', 'ds-network-partition', 'ds-dht', 'be-lost-update'];
const SCREEN = { title: 'Bench interview', role: 'Backend engineer', timeBudgetMinutes: 30, passThreshold: 60, questions: QUESTIONS.map((questionId) => ({ questionId })) };
const admin = { authorization: `Bearer ${KEY}` };

const answerFor = (q: { kind: string; questionId: string }, n: number) => answerOf(q.questionId, q.kind, n);
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

async function recreateDatabase(name: string): Promise<string> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function run(instances: number) {
  const url = await recreateDatabase('prescreen_bench_multi');
  const cluster = await Cluster.start({ DATABASE_URL: url, PRESCREEN_ADMIN_KEY: KEY }, instances);
  const random = prng(instances);
  try {
    const screen = (await cluster.call(1, 'POST', '/api/v1/screens', SCREEN, admin)).body;
    await cluster.call(1, 'POST', `/api/v1/screens/${screen.id}/publish`, undefined, { ...admin, 'if-match': '"1"' });
    const pool: { token: string; interviewId: string }[] = [];
    for (let i = 0; i < CANDIDATES * 12; i += 100) {
      const candidates = Array.from({ length: Math.min(100, CANDIDATES * 12 - i) }, (_, j) => ({ name: `Bench ${i + j}`, email: `bench${i + j}@example.com` }));
      pool.push(...(await cluster.call(1 + (i / 100) % instances, 'POST', `/api/v1/screens/${screen.id}/invitations`, { candidates }, admin)).body.items);
    }
    const acked = new Map<string, number>();
    // Warm-up, not measured: one whole interview on each instance (lazy model loads, JIT).
    await Promise.all(cluster.live().map(async (i) => {
      const inv = pool.pop()!;
      let view = (await cluster.call(i, 'POST', `/api/v1/interviews/${inv.token}/start`)).body;
      for (let n = 0; view?.status === 'in_progress'; n++) {
        const r = await cluster.call(i, 'POST', `/api/v1/interviews/${inv.token}/answers`, { seq: view.seq, text: answerFor(view.question, n) }, { 'idempotency-key': randomUUID() });
        if (r.status === 200) acked.set(inv.interviewId, (acked.get(inv.interviewId) ?? 0) + 1);
        view = r.body;
      }
    }));
    const latencies: number[] = [];
    let errors = 0;
    let doubled = 0;
    let replays = 0;
    const load = loadavg()[0]!;
    const started = Date.now();
    const deadline = started + SECONDS * 1000;
    await Promise.all(Array.from({ length: CANDIDATES }, async () => {
      while (Date.now() < deadline) {
        const inv = pool.pop();
        if (!inv) return;
        const base = `/api/v1/interviews/${inv.token}`;
        let view = (await cluster.call(pick(cluster.live(), 1, random)[0]!, 'POST', `${base}/start`)).body;
        for (let n = 0; view?.status === 'in_progress'; n++) {
          const [a, b] = pick(cluster.live(), 2, random);
          const body = { seq: view.seq, text: answerFor(view.question, n) };
          const headers = { 'idempotency-key': randomUUID() };
          const twice = b !== undefined && random() < DUPLICATE;
          const t0 = performance.now();
          const [first, second] = await Promise.all([cluster.call(a!, 'POST', `${base}/answers`, body, headers), twice ? cluster.call(b!, 'POST', `${base}/answers`, body, headers) : null]);
          latencies.push(performance.now() - t0);
          if (twice) doubled++;
          const ok = [first, second].find((r) => r?.status === 200);
          replays += [first, second].filter((r) => r?.replayed).length;
          if (!ok) { errors++; break; }
          acked.set(inv.interviewId, (acked.get(inv.interviewId) ?? 0) + 1);
          view = ok.body;
        }
      }
    }));
    const elapsed = (Date.now() - started) / 1000;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ interview_id: string; n: string }>(
      'select interview_id, count(*) as n from turns where answer_text is not null group by interview_id');
    await client.end();
    // An answer in the database that was not acknowledged exactly once, or an acknowledged one missing.
    const recorded = new Map(rows.map((r) => [r.interview_id, Number(r.n)]));
    let duplicates = 0;
    for (const id of new Set([...acked.keys(), ...recorded.keys()])) duplicates += Math.abs((recorded.get(id) ?? 0) - (acked.get(id) ?? 0));
    latencies.sort((x, y) => x - y);
    const row = {
      instances, candidates: CANDIDATES, 'answers/s': Math.round(latencies.length / elapsed), 'p50 ms': +pct(latencies, 50).toFixed(1), 'p99 ms': +pct(latencies, 99).toFixed(1),
      answers: latencies.length, 'sent twice': doubled, replays, 'duplicates or losses': duplicates, errors, 'load avg (1 min) before → after': `${load.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}`,
    };
    console.log(JSON.stringify(row));
    return row;
  } finally {
    await cluster.stopAll();
  }
}

const rows = [];
for (const n of (process.env.BENCH_INSTANCES ?? '1,2,3').split(',').map(Number)) rows.push(await run(n));
console.table(rows);
