import { threadId } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { LabRunRequest } from '../schemas/lab.ts';
import { runLab } from './lab-run.ts';
import { startLabRunner, type LabRunner } from './lab-runner.ts';

const standInUrl = new URL('../../test/support/stand-in-lab-worker.mjs', import.meta.url);
const request = (scenario: string): LabRunRequest => ({ scenario, strategy: 'read-modify-write', faults: ['race'] }) as LabRunRequest;

describe('the lab runner', () => {
  let runner: LabRunner;
  afterEach(() => runner.close());

  it('answers what the lab answers in this thread, computed on another', async () => {
    runner = startLabRunner();
    const body: LabRunRequest = { scenario: 'counter', strategy: 'optimistic-cas', faults: ['race', 'retry'], clients: 3 };
    expect(await runner.run(body)).toEqual(JSON.parse(JSON.stringify(runLab(body))));
    const refused: LabRunRequest = { scenario: 'payment', strategy: 'idempotency-key', faults: ['retry'], clients: 3 };
    expect(await runner.run(refused)).toMatchObject({ ok: false, field: 'clients' });
  });

  it('runs off the calling thread, one worker for every run', async () => {
    runner = startLabRunner({ workerUrl: standInUrl });
    const outcomes = await Promise.all(['a', 'b', 'c'].map((s) => runner.run(request(s))));
    const threads = new Set(outcomes.map((o) => (o.ok ? (o.run as unknown as { threadId: number }).threadId : null)));
    expect(threads.size).toBe(1);
    expect(threads.has(threadId)).toBe(false);
  });

  it('fails the runs a dying worker held, and starts a new one for the next run', async () => {
    runner = startLabRunner({ workerUrl: standInUrl });
    const first = await runner.run(request('a'));
    const [crashed, queued] = await Promise.allSettled([runner.run(request('crash')), runner.run(request('b'))]);
    expect(crashed.status).toBe('rejected');
    expect(queued.status).toBe('rejected');
    const after = await runner.run(request('c'));
    expect(after).toMatchObject({ ok: true, run: { scenario: 'c' } });
    const thread = (o: typeof first) => (o.ok ? (o.run as unknown as { threadId: number }).threadId : null);
    expect(thread(after)).not.toBe(thread(first));
  });

  it('stops a run that takes longer than its limit, and the next run still answers', async () => {
    runner = startLabRunner({ workerUrl: standInUrl, timeoutMs: 200 });
    await expect(runner.run(request('hang'))).rejects.toThrow(/longer than 200 ms/);
    expect(await runner.run(request('d'))).toMatchObject({ ok: true, run: { scenario: 'd' } });
  });

  it('refuses runs once closed, and starts no worker for them', async () => {
    runner = startLabRunner({ workerUrl: standInUrl });
    expect(await runner.run(request('a'))).toMatchObject({ ok: true });
    await runner.close();
    await expect(runner.run(request('b'))).rejects.toThrow(/closed/);
  });
});
