import { Worker } from 'node:worker_threads';
import type { Question } from '../core/bank/index.ts';
import type { ScoreInput, ScoreResult } from '../core/scoring/index.ts';

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

export function startScoringPool(size: number): ScoringPool {
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./scoring-worker.mjs', import.meta.url));
    const pending = new Map<number, Pending>();
    worker.on('message', ({ id, result, error }: { id: number; result?: ScoreResult; error?: string }) => {
      const p = pending.get(id);
      pending.delete(id);
      if (error !== undefined) p?.reject(new Error(`scoring worker: ${error}`));
      else p?.resolve(result!);
    });
    worker.on('error', (error) => { for (const p of pending.values()) p.reject(error); pending.clear(); });
    return { worker, pending, sent: new Set<number>() };
  });
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
  const send = (w: (typeof workers)[number], input: ScoreInput) => new Promise<ScoreResult>((resolve, reject) => {
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
      const inputs = bank.slice(0, questions).flatMap((question) =>
        Object.values(question.sampleAnswers).filter((a): a is string => Boolean(a)).map((answer) => ({ question, answer })));
      await Promise.all(workers.map((w) => Promise.all(inputs.map((input) => send(w, input)))));
    },
    close: async () => { await Promise.all(workers.map((w) => w.worker.terminate())); },
  };
}
