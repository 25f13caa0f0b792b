// What the interview benchmarks share: the server process, a small HTTP
// client, the published bench screen, its invitations and the answers given.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { ownAnswers } from '../test/support/own-answers.ts';

export const KEY = 'psk_bench_admin_key_interview_0123456';
export const admin = { authorization: `Bearer ${KEY}` };
const QUESTIONS = ['ds-experience', 'ds-solved-problem', 'be-incident', 'ds-network-partition', 'ds-dht', 'be-lost-update'];
const SCREEN = { title: 'Bench interview', role: 'Backend engineer', timeBudgetMinutes: 30, passThreshold: 60, questions: QUESTIONS.map((questionId) => ({ questionId })) };

/** The n-th answer of an interview: candidates' own answers (not the samples, which score as copies), strong and average in turn, and one follow-up text. */
export const answerFor = (questionId: string, kind: string, n: number) => {
  const own = ownAnswers(questionId);
  return kind === 'question' ? [own.average, own.strong][n % 2]! : 'We measured it afterwards: errors fell by about a third, and I chose the simpler design to keep it operable.';
};

/** `prescreen serve` in its own process, with BENCH_NODE_ARGS and BENCH_LOG_LEVEL applied; resolves once it listens. */
export async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, 'bin/prescreen.js', 'serve'], { env: { ...process.env, LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn', PORT: String(port), PRESCREEN_ADMIN_KEY: KEY, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout!.on('data', (d: Buffer) => d.toString().includes('is listening on') && resolve()));
  return child;
}

export type Api = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; body: any }>;

/**
 * A lean keep-alive client on node:http: fetch (undici) costs this process
 * ~1.1 ms of CPU per request, which on a 2-core machine is CPU the server
 * under test does not get; node:http costs a fraction of that.
 */
export const apiAt = (port: number): Api => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  return (method, path, body, headers = {}) => new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers: { ...headers, ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        } catch (error) {
          reject(error);
        }
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
};

/** Creates and publishes the bench screen (six questions, 30 minutes), then invites `count` candidates to it. */
export async function invitedCandidates(api: Api, count: number): Promise<{ token: string; interviewId: string }[]> {
  const screen = (await api('POST', '/api/v1/screens', SCREEN, admin)).body;
  await api('POST', `/api/v1/screens/${screen.id}/publish`, undefined, { ...admin, 'if-match': '"1"' });
  const out = [];
  for (let i = 0; i < count; i += 100) {
    const candidates = Array.from({ length: Math.min(100, count - i) }, (_, j) => ({ name: `Bench ${i + j}`, email: `bench${i + j}@example.com` }));
    out.push(...(await api('POST', `/api/v1/screens/${screen.id}/invitations`, { candidates }, admin)).body.items);
  }
  return out;
}
