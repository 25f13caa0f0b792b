/**
 * Smart batching (group commit) for the hot statements of the answer path.
 *
 * A call made while `maxInFlight` batches are already running waits, and goes
 * with every other call that arrived meanwhile in the next batch: one
 * statement, one round trip, one commit for many requests. An idle system
 * sends each call at once, alone, so batching adds no latency when there is
 * no queue; under load the batch grows with the queue, which is what keeps
 * the database's per-statement cost (parse, plan, commit, WAL flush) from
 * growing with the request rate.
 *
 * Two calls with the same conflict key (an interview, an Idempotency-Key) are
 * never in flight together, nor in one batch: the later waits for the next
 * batch. So two batches of this process never wait on each other's row locks
 * (no deadlock) and a batch never holds two writes to the same row.
 *
 * If a batch of several fails, each of its calls runs again alone, so one bad
 * call fails alone and the others are unaffected.
 */
export interface BatcherOptions<I> {
  /** Batches running at once (PGlite: 1, it has one connection). */
  readonly maxInFlight: number;
  /** Calls per batch at most. */
  readonly maxBatch: number;
  readonly conflictKey: (item: I) => string;
}

interface Pending<I, O> {
  readonly item: I;
  readonly key: string;
  readonly resolve: (value: O) => void;
  readonly reject: (error: unknown) => void;
}

export type Batched<I, O> = (item: I) => Promise<O>;

/** `run` takes the items of a batch and answers one output per item, in their order. */
export function batched<I, O>(run: (items: readonly I[]) => Promise<readonly O[]>, options: BatcherOptions<I>): Batched<I, O> {
  const queue: Pending<I, O>[] = [];
  const inFlightKeys = new Set<string>();
  let inFlight = 0;

  const take = (): Pending<I, O>[] => {
    const batch: Pending<I, O>[] = [];
    const keys = new Set<string>();
    for (let i = 0; i < queue.length && batch.length < options.maxBatch;) {
      const p = queue[i]!;
      if (inFlightKeys.has(p.key) || keys.has(p.key)) { i++; continue; }
      keys.add(p.key);
      batch.push(p);
      queue.splice(i, 1);
    }
    return batch;
  };

  const pump = (): void => {
    while (inFlight < options.maxInFlight && queue.length > 0) {
      const batch = take();
      if (batch.length === 0) return; // all waiting calls conflict with running ones
      inFlight++;
      for (const p of batch) inFlightKeys.add(p.key);
      void execute(batch).finally(() => {
        inFlight--;
        for (const p of batch) inFlightKeys.delete(p.key);
        pump();
      });
    }
  };

  const execute = async (batch: Pending<I, O>[]): Promise<void> => {
    try {
      const outputs = await run(batch.map((p) => p.item));
      if (outputs.length !== batch.length) throw new Error(`a batch of ${batch.length} answered ${outputs.length} results`);
      batch.forEach((p, i) => p.resolve(outputs[i]!));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      // Alone, one after another (their keys stay reserved meanwhile).
      for (const p of batch) await execute([p]);
    }
  };

  return (item) => new Promise<O>((resolve, reject) => {
    queue.push({ item, key: options.conflictKey(item), resolve, reject });
    pump();
  });
}

/** Batches a database may run at once, set where it is opened (PGlite: 1; a pool: more). Unset: 1. */
const slotsByDb = new WeakMap<object, number>();
export const setBatchSlots = (db: object, slots: number) => void slotsByDb.set(db, slots);
export const batchSlotsOf = (db: object) => slotsByDb.get(db) ?? 1;

/** One batcher per database and statement, made on first use. */
export function perDatabase<D extends object, I, O>(make: (db: D) => Batched<I, O>): (db: D) => Batched<I, O> {
  const made = new WeakMap<D, Batched<I, O>>();
  return (db) => {
    let b = made.get(db);
    if (!b) made.set(db, (b = make(db)));
    return b;
  };
}
