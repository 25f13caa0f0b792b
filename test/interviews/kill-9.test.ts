import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshPostgresUrl } from '../support/dialects.ts';
import { spawnServer, tempDir, type ServerProcess } from '../support/server-process.ts';
import { validScreenBody } from '../support/screens.ts';

const ADMIN_KEY = 'psk_test_admin_key_kill9_0123456789';
const ANSWER = (n: number) => `Answer ${n}: at Acme in 2022 I personally rebuilt the retry logic of our payment client; duplicate charges fell from 12 a week to zero.`;

/**
 * A real server process is killed with SIGKILL in the middle of an interview
 * and started again on the same database: every acknowledged answer is
 * there, a retried request replays its first response, and the candidate
 * continues at the same turn.
 */
describe.each(DIALECTS)('kill -9 in the middle of an interview on %s', (dialect) => {
  const running: ServerProcess[] = [];
  let drop: (() => Promise<void>) | null = null;
  afterAll(async () => {
    await Promise.all(running.map((s) => s.stop('SIGKILL')));
    await drop?.();
  });

  it('loses nothing acknowledged and resumes at the same turn', async () => {
    let env: Record<string, string>;
    if (dialect === 'postgres') {
      const pg = await freshPostgresUrl();
      drop = pg.drop;
      env = { DATABASE_URL: pg.url, PRESCREEN_ADMIN_KEY: ADMIN_KEY };
    } else {
      env = { PRESCREEN_DATA_DIR: tempDir(), PRESCREEN_ADMIN_KEY: ADMIN_KEY };
    }
    let server = await spawnServer(env);
    running.push(server);
    const admin = { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' };
    const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = admin) => {
      const h: Record<string, string> = { ...headers };
      if (body === undefined) delete h['content-type'];
      else h['content-type'] = 'application/json';
      const res = await fetch(`${server.url}${path}`, { method, headers: h, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      return { status: res.status, body: (await res.json()) as Record<string, any>, headers: res.headers };
    };

    const screen = await call('POST', '/api/v1/screens', validScreenBody());
    expect((await call('POST', `/api/v1/screens/${screen.body.id}/publish`, undefined, { ...admin, 'if-match': '"1"' })).status).toBe(200);
    const inv = (await call('POST', `/api/v1/screens/${screen.body.id}/invitations`, { candidates: [{ name: 'Kim', email: 'kim@example.com' }] })).body.items[0];
    const json = { 'content-type': 'application/json' };
    await call('POST', `/api/v1/interviews/${inv.token}/start`, undefined, {});

    let view = (await call('GET', `/api/v1/interviews/${inv.token}`, undefined, {})).body;
    let lastKey = '';
    let lastResponse: unknown = null;
    for (let n = 1; n <= 3; n++) {
      lastKey = randomUUID();
      const res = await call('POST', `/api/v1/interviews/${inv.token}/answers`, { seq: view.seq, text: ANSWER(n) }, { ...json, 'idempotency-key': lastKey });
      expect(res.status).toBe(200);
      view = res.body;
      lastResponse = res.body;
    }
    const acknowledged = { seq: view.seq, answeredTurns: view.answeredTurns, question: view.question };

    expect(await server.stop('SIGKILL')).toBe('SIGKILL');
    running.pop();
    server = await spawnServer(dialect === 'postgres' ? env : { PRESCREEN_DATA_DIR: env.PRESCREEN_DATA_DIR! });
    running.push(server);

    const resumed = (await call('GET', `/api/v1/interviews/${inv.token}`, undefined, {})).body;
    expect(resumed).toMatchObject({ status: 'in_progress', canResume: true, ...acknowledged });
    // The candidate's browser retries the last request it never saw answered: the same response, no second answer.
    const retried = await call('POST', `/api/v1/interviews/${inv.token}/answers`, { seq: acknowledged.seq - 1, text: ANSWER(3) }, { ...json, 'idempotency-key': lastKey });
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.body).toEqual(lastResponse);

    view = resumed;
    for (let n = 4; view.status === 'in_progress' && n < 40; n++) {
      view = (await call('POST', `/api/v1/interviews/${inv.token}/answers`, { seq: view.seq, text: ANSWER(n) }, { ...json, 'idempotency-key': randomUUID() })).body;
    }
    expect(view.status).toBe('completed');
    const report = (await call('GET', `/api/v1/interviews/${inv.interviewId}/report`)).body;
    const said = report.transcript.filter((l: { speaker: string }) => l.speaker === 'candidate').map((l: { text: string }) => l.text);
    expect(said.slice(0, 3)).toEqual([ANSWER(1), ANSWER(2), ANSWER(3)]);
    expect(said.length).toBe(view.answeredTurns);
  }, 120_000); // two server starts
});
