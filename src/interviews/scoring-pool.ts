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

const QUESTIONS_KEPT = 4096;

interface Pending { resolve: (r: ScoreResult) => void; reject: (e: Error) => void }

interface Slot { readonly worker: Worker; readonly pending: Map<number, Pending>; readonly sent: Set<number> }

/** `workerUrl`: the worker script (tests point it at a stand-in). */
export function startScoringPool(size: number, workerUrl = new URL('./scoring-worker.mjs', import.meta.url)): ScoringPool {
  let closing = false;
  /** The inputs of the last warm-up, which a replacement worker is given too. */
  let warmInputs: readonly ScoreInput[] = [];
  // A worker that dies fails the scores it held (their requests answer 500
  // and release their keys, so a retry runs) and is replaced at once, warmed
  // like the first: cold, its first scores would be many times slower.
  const spawn = (n: number): Slot => {
    const slot: Slot = { worker: new Worker(workerUrl), pending: new Map(), sent: new Set() };
    slot.worker.on('message', ({ id, result, error }: { id: number; result?: ScoreResult; error?: string }) => {
      const p = slot.pending.get(id);
      slot.pending.delete(id);
      if (error !== undefined) p?.reject(new Error(`scoring worker: ${error}`));
      else p?.resolve(result!);
    });
    slot.worker.on('error', () => {}); // 'exit' follows and does the work
    slot.worker.on('exit', (code) => {
      for (const p of slot.pending.values()) p.reject(new Error(`scoring worker exited (code ${code})`));
      slot.pending.clear();
      if (closing) return;
      const fresh = spawn(n);
      workers[n] = fresh;
      for (const input of warmInputs) send(fresh, input).catch(() => {}); // a failed warm-up costs only speed
    });
    return slot;
  };
  const workers: Slot[] = [];
  for (let n = 0; n < size; n++) workers.push(spawn(n));
  let nextId = 0;
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
  const send = (w: Slot, input: ScoreInput) => new Promise<ScoreResult>((resolve, reject) => {
    const id = nextId++;
    w.pending.set(id, { resolve, reject });
    // Bounded: past QUESTIONS_KEPT the worker forgets them all and is sent afresh what it needs.
    const reset = w.sent.size >= QUESTIONS_KEPT;
    if (reset) w.sent.clear();
    const questions: [number, unknown][] = [];
    const named = (q: object) => {
      const ref = refOf(q);
      if (!w.sent.has(ref)) { w.sent.add(ref); questions.push([ref, q]); }
      return ref;
    };
    const message = {
      id, answer: input.answer, question: named(input.question),
      parent: input.parent ? { answer: input.parent.answer, question: named(input.parent.question) } : null,
      bank: input.bank ?? null, questions, reset,
    };
    w.worker.postMessage(message);
  });
  // The worker with the fewest scores waiting takes the next.
  const leastBusy = () => workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  return {
    score: (input) => send(leastBusy(), input),
    warm: async (bank, questions = 8) => {
      warmInputs = warmUpInputs(bank, questions);
      await Promise.all(workers.map((w) => Promise.all(warmInputs.map((input) => send(w, input)))));
    },
    close: async () => {
      closing = true;
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
