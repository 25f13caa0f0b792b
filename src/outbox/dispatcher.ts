import { retryDelayMs } from './backoff.ts';
import { DEFAULT_RETRY, type OutboxHandler, type OutboxStore, type RetryPolicy } from './types.ts';

export interface DispatcherDeps {
  readonly store: OutboxStore;
  readonly handlers: Readonly<Record<string, OutboxHandler>>;
  readonly now?: () => Date;
  readonly random?: () => number;
  readonly onError?: (error: unknown, context: { messageId?: string }) => void;
}

export interface DispatcherOptions {
  readonly batchSize?: number;
  readonly leaseMs?: number;
  readonly pollIntervalMs?: number;
  readonly retry?: RetryPolicy;
}

export interface BatchOutcome {
  readonly delivered: number;
  readonly retried: number;
  readonly dead: number;
}

/** Claims one batch and delivers it; every message ends delivered, scheduled again or dead. */
export async function dispatchBatch(deps: DispatcherDeps, options: DispatcherOptions = {}): Promise<BatchOutcome> {
  const now = deps.now ?? (() => new Date());
  const retry = options.retry ?? DEFAULT_RETRY;
  const batch = await deps.store.claim(now(), options.batchSize ?? 20, options.leaseMs ?? 60_000);
  const outcomes = await Promise.all(
    batch.map(async (message) => {
      try {
        const handler = deps.handlers[message.topic];
        if (!handler) throw new Error(`no handler for outbox topic "${message.topic}"`);
        await handler(message);
        await deps.store.markDelivered(message.id, now());
        return 'delivered' as const;
      } catch (error) {
        const delay = retryDelayMs(message.attempts, retry, deps.random);
        const at = now();
        await deps.store.markFailed(message.id, {
          attempts: message.attempts,
          nextAttemptAt: delay === null ? null : new Date(at.getTime() + delay),
          error: error instanceof Error ? error.message : String(error),
        });
        return delay === null ? ('dead' as const) : ('retried' as const);
      }
    }),
  );
  return {
    delivered: outcomes.filter((o) => o === 'delivered').length,
    retried: outcomes.filter((o) => o === 'retried').length,
    dead: outcomes.filter((o) => o === 'dead').length,
  };
}

export interface RunningDispatcher {
  /** Dispatch now instead of at the next poll (called after a commit that wrote to the outbox). */
  wake(): void;
  /** Stops polling and waits for the batch in flight. */
  stop(): Promise<void>;
}

/** Polls the outbox until stopped; a full batch is followed at once by the next. */
export function runDispatcher(deps: DispatcherDeps, options: DispatcherOptions = {}): RunningDispatcher {
  const interval = options.pollIntervalMs ?? 1_000;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> = Promise.resolve();
  let running = false;
  let again = false;

  // A kick while a loop runs asks that loop for one more batch; `current` stays the running loop, which stop() awaits.
  const kick = () => {
    if (running) again = true;
    else current = loop();
  };
  const loop = async (): Promise<void> => {
    running = true;
    try {
      do {
        again = false;
        try {
          const r = await dispatchBatch(deps, options);
          if (r.delivered + r.retried + r.dead >= (options.batchSize ?? 20)) again = true;
        } catch (error) {
          deps.onError?.(error, {});
        }
      } while (again && !stopped);
    } finally {
      running = false;
    }
    schedule();
  };
  const schedule = () => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(kick, interval);
    timer.unref();
  };
  schedule();
  return {
    wake() {
      if (stopped) return;
      if (timer) clearTimeout(timer);
      kick();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
