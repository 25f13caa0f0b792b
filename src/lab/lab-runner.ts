import { Worker } from 'node:worker_threads';
import type { LabRunRequest } from '../schemas/lab.ts';
import type { LabRunOutcome } from './lab-run.ts';

/**
 * Runs the concurrency lab on a worker thread. One run at its bounds (5
 * clients, 2,000 sampled schedules, every fault) is ≈ 0.4 s of CPU: on the
 * event loop it would stall every candidate's answer on the instance for
 * that long. The worker starts on the first run (most instances never run
 * the lab) and stays; runs queue on it one after another. A worker that
 * dies or takes longer than `timeoutMs` fails the runs it held, and the next
 * run starts a new one.
 */
export interface LabRunner {
  run(body: LabRunRequest): Promise<LabRunOutcome>;
  close(): Promise<void>;
}

interface Job {
  readonly resolve: (outcome: LabRunOutcome) => void;
  readonly reject: (error: Error) => void;
}

export function startLabRunner(options: { readonly workerUrl?: URL; readonly timeoutMs?: number } = {}): LabRunner {
  const workerUrl = options.workerUrl ?? new URL('./lab-worker.mjs', import.meta.url);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const jobs = new Map<number, Job>();
  let worker: Worker | null = null;
  let watchdog: NodeJS.Timeout | null = null;
  let nextId = 0;
  let closed = false;

  const failAll = (error: Error) => {
    for (const job of jobs.values()) job.reject(error);
    jobs.clear();
  };
  // Re-armed on every answer: it measures the run being computed, not the queue behind it.
  const arm = () => {
    if (watchdog) clearTimeout(watchdog);
    watchdog = jobs.size === 0 ? null : setTimeout(() => void stop(new Error(`lab run took longer than ${timeoutMs} ms`)), timeoutMs);
  };
  const stop = async (error: Error) => {
    const w = worker;
    worker = null;
    failAll(error);
    arm();
    await w?.terminate();
  };
  const started = (): Worker => {
    if (worker) return worker;
    const w = new Worker(workerUrl);
    w.on('message', ({ id, outcome, error }: { id: number; outcome?: LabRunOutcome; error?: string }) => {
      if (worker !== w) return; // a stopped worker's last word: its runs have failed already
      const job = jobs.get(id);
      jobs.delete(id);
      arm();
      if (jobs.size === 0) w.unref(); // an idle lab worker does not keep the process alive
      if (error !== undefined) job?.reject(new Error(`lab worker: ${error}`));
      else job?.resolve(outcome!);
    });
    w.on('error', () => {}); // 'exit' follows
    w.on('exit', (code) => {
      if (worker !== w) return;
      worker = null;
      failAll(new Error(`lab worker exited (code ${code})`));
      arm();
    });
    return (worker = w);
  };

  return {
    run: (body) => new Promise<LabRunOutcome>((resolve, reject) => {
      if (closed) return reject(new Error('lab runner closed'));
      const id = nextId++;
      jobs.set(id, { resolve, reject });
      try {
        const w = started();
        w.ref();
        w.postMessage({ id, body });
      } catch (error) {
        jobs.delete(id);
        return reject(error as Error);
      }
      if (jobs.size === 1) arm();
    }),
    close: () => {
      closed = true;
      return stop(new Error('lab runner closed'));
    },
  };
}
