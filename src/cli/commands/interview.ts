import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { readConfig } from '../../config/config.ts';

interface Options { token?: string; screen?: string; url?: string; key?: string; name: string; email: string }
type View = { status: string; seq: number; question: { kind: string; text: string; number: number; of: number; followUpNumber: number } | null; time: { leftSeconds: number; inGrace: boolean }; interviewId: string; howAnswersAreJudged?: string[] };

/**
 * `prescreen interview --token T`: the same interview as the browser, in a
 * terminal, through the same HTTP API. An answer ends with an empty line.
 * `--screen ID` first invites you (API key needed) for a trial run.
 */
export function registerInterviewCommand(program: Command): void {
  program
    .command('interview')
    .description('take an interview in the terminal (an answer ends with an empty line)')
    .option('--token <token>', 'the token from the invitation link (…/i/<token>)')
    .option('--screen <id>', 'trial run of a published screen: invites you first (needs --key)')
    .option('--url <url>', 'server URL (default PRESCREEN_URL or PUBLIC_URL or http://HOST:PORT)')
    .option('--key <key>', 'API key for --screen (default PRESCREEN_API_KEY)')
    .option('--name <name>', 'your name for a trial run', 'Trial run')
    .option('--email <email>', 'your email for a trial run', 'trial@prescreen.local')
    .action((opts: Options) => runInterview(opts));
}

async function runInterview(opts: Options): Promise<void> {
  const url = (opts.url ?? process.env.PRESCREEN_URL ?? readConfig().publicUrl).replace(/\/$/, '');
  const key = opts.key ?? process.env.PRESCREEN_API_KEY;
  let token = opts.token;
  if (!token && opts.screen) {
    if (!key) return fail('a trial run needs an API key: --key or PRESCREEN_API_KEY');
    const res = await api(url, 'POST', `/api/v1/screens/${opts.screen}/invitations`, { candidates: [{ name: opts.name, email: opts.email }] }, { authorization: `Bearer ${key}` });
    if (res.status !== 201) return fail(`could not start a trial run: ${res.status} ${JSON.stringify(res.body)}`);
    token = (res.body as { items: { token: string }[] }).items[0]!.token;
  }
  if (!token) return fail('give --token (from the invitation link) or --screen');
  const lines = lineReader();
  let view = (await api(url, 'GET', `/api/v1/interviews/${token}`)).body as View;
  if (view.status === 'not_started') {
    say('\nHow your answers are judged:', ...(view.howAnswersAreJudged ?? []).map((l) => `  • ${l}`), '');
    view = (await api(url, 'POST', `/api/v1/interviews/${token}/start`)).body as View;
  } else if (view.status === 'in_progress') say('\nWelcome back: continuing where you left off.');
  while (view.status === 'in_progress' && view.question) {
    const q = view.question;
    const label = q.kind === 'follow_up' ? `Follow-up on question ${q.number}` : `Question ${q.number} of ${q.of}`;
    say('', `${label} · about ${Math.max(1, Math.round(view.time.leftSeconds / 60))} min left${view.time.inGrace ? ' (finishing up)' : ''}`, q.text, '(end your answer with an empty line)');
    const text = await lines.readAnswer();
    if (text === null) return say('\nPaused. Open the same link or run the same command to continue.');
    view = await submit(url, token, view.seq, text);
  }
  say('', view.status === 'completed' ? 'Thank you — the interview is complete and your answers are with the hiring team.' : `The interview is ${view.status}.`);
  if (opts.screen && key) {
    const report = await api(url, 'GET', `/api/v1/interviews/${view.interviewId}/report`, undefined, { authorization: `Bearer ${key}` });
    if (report.status === 200) say(`Trial result: ${(report.body as { overall: number }).overall}/100 (${(report.body as { decision: string }).decision})`);
  }
  lines.close();
}

/** Retries a lost request with the same Idempotency-Key; a stale turn shows the current one. */
async function submit(url: string, token: string, seq: number, text: string): Promise<View> {
  const key = randomUUID();
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await api(url, 'POST', `/api/v1/interviews/${token}/answers`, { seq, text }, { 'idempotency-key': key });
      if (res.status === 200) return res.body as View;
      const problem = res.body as { detail?: string; current?: View };
      if (problem.current) return problem.current;
      if (res.status === 409 && attempt < 5) { await new Promise((r) => setTimeout(r, 300)); continue; }
      say(`(${problem.detail ?? res.status})`);
      return (await api(url, 'GET', `/api/v1/interviews/${token}`)).body as View;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
    }
  }
}

async function api(url: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

function lineReader() {
  const rl = createInterface({ input: process.stdin, terminal: false });
  const queue: string[] = [];
  let waiting: ((line: string | null) => void) | null = null;
  let closed = false;
  rl.on('line', (l) => (waiting ? (waiting(l), (waiting = null)) : queue.push(l)));
  rl.on('close', () => { closed = true; waiting?.(null); });
  const next = () => new Promise<string | null>((resolve) => (queue.length > 0 ? resolve(queue.shift()!) : closed ? resolve(null) : (waiting = resolve)));
  return {
    async readAnswer(): Promise<string | null> {
      const parts: string[] = [];
      for (;;) {
        const line = await next();
        if (line === null) return parts.length > 0 ? parts.join('\n') : null;
        if (line.trim() === '' && parts.length > 0) return parts.join('\n');
        if (line.trim() !== '') parts.push(line);
      }
    },
    close: () => rl.close(),
  };
}

const say = (...lines: string[]) => void process.stdout.write(`${lines.join('\n')}\n`);
function fail(message: string): void {
  process.stderr.write(`prescreen: ${message}\n`);
  process.exitCode = 2;
}
