// Time of the first answer after a fresh server start (PGlite), one candidate,
// no other load: shows whether the scoring engine is warm when the server
// starts listening. Run: npx tsx bench/first-answer.ts
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBank } from '../src/bank/index.ts';
const KEY = 'psk_bench_admin_key_interview_0123456'; const PORT = 3913;
const bank = new Map(loadBank().map((q) => [q.id, q]));
const child = spawn(process.execPath, ['bin/prescreen.js', 'serve'], { env: { ...process.env, LOG_LEVEL: 'warn', PORT: String(PORT), PRESCREEN_ADMIN_KEY: KEY, PRESCREEN_DATA_DIR: mkdtempSync(join(tmpdir(), 'zz-')) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((r) => child.stdout!.on('data', (d: Buffer) => d.toString().includes('is listening on') && r()));
const api = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => { const res = await fetch(`http://127.0.0.1:${PORT}${path}`, { method, headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }); return { status: res.status, body: (await res.json()) as any }; };
const admin = { authorization: `Bearer ${KEY}` };
const screen = (await api('POST', '/api/v1/screens', { title: 'x', role: 'Backend engineer', timeBudgetMinutes: 30, passThreshold: 60, questions: ['ds-experience', 'ds-solved-problem', 'be-incident', 'ds-network-partition', 'ds-dht', 'be-lost-update'].map((questionId) => ({ questionId })) }, admin)).body;
await api('POST', `/api/v1/screens/${screen.id}/publish`, undefined, { ...admin, 'if-match': '"1"' });
const [inv] = (await api('POST', `/api/v1/screens/${screen.id}/invitations`, { candidates: [{ name: 'B', email: 'b@example.com' }] }, admin)).body.items;
const view = (await api('POST', `/api/v1/interviews/${inv.token}/start`)).body;
const t0 = performance.now();
await api('POST', `/api/v1/interviews/${inv.token}/answers`, { seq: view.seq, text: bank.get(view.question.questionId)!.sampleAnswers.mid }, { 'idempotency-key': randomUUID() });
console.log('first answer ms', (performance.now() - t0).toFixed(1));
child.kill();
