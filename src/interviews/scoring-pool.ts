import { Worker } from 'node:worker_threads';
import type { Question } from '../core/bank/index.ts';
import type { ScoreInput, ScoreResult } from '../core/scoring/index.ts';
import { warmUpInputs } from './scoring.ts';

/**
 * The scoring engine on worker threads, so that scoring (≈ 1.3 ms of CPU per
 * answer, the largest part of the server's) does not hold the event loop
 * that serves every other request. The engine is deterministic, so a worker
 * gives the same score as the main thread would.
 */
export interface ScoringPool {
  score(input: ScoreInput): Promise<ScoreResult>;
  /** Scores the bank's sample answers on every worker: model loaded, code compiled. */
  warm(bank: readonly Question[], questions?: number): Promise<void>;
  close(): Promise<void>;
}

/** What the pool tells its owner when a worker dies (the server logs it). */
export interface WorkerExit {
  readonly worker: number;
  readonly code: number;
  /** Scores failed with it: the one it was computing, or all it held if it never answered. */
  readonly failed: number;
  /** Scores that were only queued behind it, sent again to its replacement. */
  readonly resent: number;
  /** When the replacement starts: at once, unless workers keep dying before answering anything. */
  readonly restartInMs: number;
}

export interface ScoringPoolOptions {
  /** The worker script (tests point it at a stand-in). */
  readonly workerUrl?: URL;
  readonly onExit?: (exit: WorkerExit) => void;
  /** A score still computing after this long (default 10 s) is failed and its worker replaced. */
  readonly scoreTimeoutMs?: number;
}

const QUESTIONS_KEPT = 4096;
/** Restart delays for workers that die before answering: 100 ms, doubling, at most 30 s. */
const FIRST_RESTART_DELAY_MS = 100;
const MAX_RESTART_DELAY_MS = 30_000;
/**
 * The longest a score may take: the engine needs ≈ 5 ms for 1 000 words and
 * 0.3 s cold, so 10 s means a worker that is stuck (a pathological input), and
 * while it is stuck every answer queued behind it waits.
 */
const SCORE_TIMEOUT_MS = 10_000;

interface Job {
  readonly input: ScoreInput;
  readonly resolve: (r: ScoreResult) => void;
  readonly reject: (e: Error) => void;
}

interface Slot {
  readonly n: number;
  worker: Worker | null;
  /** Sent and not yet answered, oldest first: a worker answers in the order it was sent. */
  readonly jobs: Map<number, Job>;
  /** Question numbers this worker has been sent (a replacement starts with none). */
  sent: Set<number>;
  answeredSinceStart: boolean;
  /** Workers of this slot that died in a row without answering anything. */
  deadOnArrival: number;
  restartTimer: NodeJS.Timeout | null;
  /** Since when the oldest job has been the one computing (its predecessor answered, or it came to an idle worker). */
  computingSince: number;
  /** Why the worker was stopped, when the pool stopped it. */
  stoppedBecause: string | null;
}

/**
 * A worker answers one score at a time, in order, so when it dies the oldest
 * score it held is the one it was computing: that score fails (its request
 * answers 500 and releases its key, so a retry runs), and the scores queued
 * behind it go to the replacement, so one answer that kills the engine does
 * not fail other candidates' answers with it. The replacement is warmed like
 * the first (cold, its first scores would be many times slower). A worker
 * that dies before answering anything (it cannot start) fails everything it
 * held and is restarted with a growing delay instead of in a tight loop.
 */
export function startScoringPool(size: number, options: ScoringPoolOptions = {}): ScoringPool {
  const workerUrl = options.workerUrl ?? new URL('./scoring-worker.mjs', import.meta.url);
  let closing = false;
  /** The inputs of the last warm-up, which a replacement worker is given too. */
  let warmInputs: readonly ScoreInput[] = [];
  let nextId = 0;

  const start = (slot: Slot) => {
    const worker = new Worker(workerUrl);
    slot.worker = worker;
    slot.sent = new Set();
    slot.answeredSinceStart = false;
    slot.restartTimer = null;
    slot.computingSince = Date.now();
    slot.stoppedBecause = null;
    worker.on('message', ({ id, result, error }: { id: number; result?: ScoreResult; error?: string }) => {
      const job = slot.jobs.get(id);
      slot.jobs.delete(id);
      slot.computingSince = Date.now();
      slot.answeredSinceStart = true;
      slot.deadOnArrival = 0;
      if (error !== undefined) job?.reject(new Error(`scoring worker: ${error}`));
      else job?.resolve(result!);
    });
    worker.on('error', () => {}); // 'exit' follows and does the work
    worker.on('exit', (code) => died(slot, code));
    for (const [id, job] of slot.jobs) post(slot, id, job.input);
    for (const input of warmInputs) enqueue(slot, input).catch(() => {}); // a failed warm-up costs only speed
  };

  const died = (slot: Slot, code: number) => {
    slot.worker = null;
    const failedAll = closing || !slot.answeredSinceStart;
    const failing = [...slot.jobs.keys()].slice(0, failedAll ? undefined : 1);
    for (const id of failing) {
      slot.jobs.get(id)!.reject(new Error(slot.stoppedBecause ?? `scoring worker exited (code ${code})`));
      slot.jobs.delete(id);
    }
    if (closing) return;
    if (!slot.answeredSinceStart) slot.deadOnArrival++;
    const restartInMs = slot.deadOnArrival === 0 ? 0 : Math.min(MAX_RESTART_DELAY_MS, FIRST_RESTART_DELAY_MS * 2 ** (slot.deadOnArrival - 1));
    options.onExit?.({ worker: slot.n, code, failed: failing.length, resent: slot.jobs.size, restartInMs });
    if (restartInMs === 0) start(slot);
    else slot.restartTimer = setTimeout(() => start(slot), restartInMs);
  };

  // A question goes to a worker once and is named by a number afterwards: the
  // engine caches what it derives from a question by the object, and a copy
  // made for every message would miss that cache (22 ms a score instead of 3).
  const questionRefs = new WeakMap<object, number>();
  let nextRef = 0;
  const refOf = (q: object) => {
    let ref = questionRefs.get(q);
    if (ref === undefined) questionRefs.set(q, (ref = nextRef++));
    return ref;
  };
  const post = (slot: Slot, id: number, input: ScoreInput) => {
    // Bounded: past QUESTIONS_KEPT the worker forgets them all and is sent afresh what it needs.
    const reset = slot.sent.size >= QUESTIONS_KEPT;
    if (reset) slot.sent.clear();
    const questions: [number, unknown][] = [];
    const named = (q: object) => {
      const ref = refOf(q);
      if (!slot.sent.has(ref)) { slot.sent.add(ref); questions.push([ref, q]); }
      return ref;
    };
    slot.worker!.postMessage({
      id, answer: input.answer, question: named(input.question),
      parent: input.parent ? { answer: input.parent.answer, question: named(input.parent.question) } : null,
      bank: input.bank ?? null, calibration: input.calibration === true, questions, reset,
    });
  };
  const enqueue = (slot: Slot, input: ScoreInput) => new Promise<ScoreResult>((resolve, reject) => {
    const id = nextId++;
    if (slot.jobs.size === 0) slot.computingSince = Date.now();
    slot.jobs.set(id, { input, resolve, reject });
    if (slot.worker) post(slot, id, input);
  });

  const slots: Slot[] = Array.from({ length: size }, (_, n) => ({
    n, worker: null, jobs: new Map(), sent: new Set(), answeredSinceStart: false, deadOnArrival: 0, restartTimer: null,
    computingSince: 0, stoppedBecause: null,
  }));
  slots.forEach(start);
  // A stuck worker is stopped; its exit fails the score it was computing and re-sends the rest, as for any death.
  const timeoutMs = options.scoreTimeoutMs ?? SCORE_TIMEOUT_MS;
  const watchdog = setInterval(() => {
    for (const slot of slots) {
      if (!slot.worker || slot.stoppedBecause || slot.jobs.size === 0 || Date.now() - slot.computingSince <= timeoutMs) continue;
      slot.stoppedBecause = `scoring took longer than ${timeoutMs} ms: the worker was stopped`;
      void slot.worker.terminate();
    }
  }, Math.min(1_000, timeoutMs / 2));
  watchdog.unref();
  // The running worker with the fewest scores waiting takes the next.
  const running = () => slots.filter((s) => s.worker !== null);
  const leastBusy = (among: Slot[]) => among.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
  return {
    score: (input) => {
      const up = running();
      // None running: every worker is waiting out a restart delay, so none can start now.
      if (up.length === 0) return Promise.reject(new Error('no scoring worker is running: they keep dying at start-up (see the log)'));
      return enqueue(leastBusy(up), input);
    },
    warm: async (bank, questions = 8) => {
      warmInputs = warmUpInputs(bank, questions);
      await Promise.all(running().map((s) => Promise.all(warmInputs.map((input) => enqueue(s, input)))));
    },
    close: async () => {
      closing = true;
      clearInterval(watchdog);
      for (const s of slots) if (s.restartTimer) clearTimeout(s.restartTimer);
      await Promise.all(running().map((s) => s.worker!.terminate()));
    },
  };
}
