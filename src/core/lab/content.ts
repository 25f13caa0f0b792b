import type { FaultId, StrategyId } from './types.ts';

/** The lab's teaching text, written for candidates: what each strategy does and what it costs. */
export const STRATEGIES: Readonly<Record<StrategyId, { readonly title: string; readonly description: string }>> = {
  'read-modify-write': {
    title: 'Read, modify, write',
    description:
      'The application reads the current value, computes the new one in its own memory and saves it. Between the read and the write nothing stops another instance from doing the same: the read-then-write is a critical section with no lock around it.',
  },
  'transaction-only': {
    title: 'Wrap it in a transaction',
    description:
      'The same read-modify-write inside BEGIN … COMMIT at READ COMMITTED, the default of PostgreSQL and many other databases. The SELECT takes no lock and sees the last committed value; the UPDATE waits for a competing row lock and then writes the value computed from the stale read. The database makes each statement atomic, not the workflow.',
  },
  'atomic-increment': {
    title: 'One atomic statement',
    description:
      'Let the store compute the new value: UPDATE … SET count = count + 1, add or remove a cart line, insert a charge. One statement is atomic, so concurrent callers cannot lose each other’s change. It does nothing against a request that arrives twice or late.',
  },
  'optimistic-cas': {
    title: 'Optimistic concurrency (compare-and-swap)',
    description:
      'Each row carries a version. A writer reads value and version, then updates WHERE version = the one it read; if no row matched, someone else wrote first, so it re-reads and tries again. Cheap when conflicts are rare; under contention the losers pay in retries. It detects a concurrent change, not which action is newer.',
  },
  'idempotency-key': {
    title: 'Idempotency keys',
    description:
      'The client attaches a unique key to each action and reuses it on every resend. The store records the key in the same transaction as the effect, under a unique constraint; a repeat finds the key and returns the first answer with no second effect. It stops duplicates, not reordering.',
  },
  'sequence-numbers': {
    title: 'Sequence numbers',
    description:
      'Every action carries a number that grows monotonically within its scope (an entity, a cart line, a client), taken from the logical order in which the actions happened. The store applies an action only if its number is newer than the last applied one and refuses a stale or repeated one, in one conditional statement. The last write is not the latest action; the number says which is latest.',
  },
  'single-queue': {
    title: 'Serialise through one queue',
    description:
      'Every request goes into one queue with a single consumer that applies them one at a time. There is no concurrency left to get wrong, at a price: each request waits for all those ahead of it and throughput is capped by one consumer. It applies requests in arrival order and applies a duplicate twice.',
  },
  'last-write-wins-timestamps': {
    title: 'Last write wins, by timestamp',
    description:
      'Each client stamps its action with its own clock and the store keeps the write with the highest stamp. It works while clocks agree. Clocks drift, phones go offline and a resend gets a fresh stamp, so the newest stamp is not always the latest action — and on a counter it throws away concurrent increments.',
  },
};

export const FAULTS: Readonly<Record<FaultId, { readonly title: string; readonly description: string }>> = {
  race: {
    title: 'Race',
    description: 'Requests that are in flight at the same time run their steps interleaved in every possible order on several server instances.',
  },
  retry: {
    title: 'Retry',
    description: 'One request is slow; the client times out and sends it again. The first copy is still on its way, so the store may receive both, in either order.',
  },
  reorder: {
    title: 'Reordering',
    description: 'The network, a load balancer or a reconnecting phone delivers requests in any order: a later action can arrive first.',
  },
  'clock-skew': {
    title: 'Clock skew',
    description: 'Client clocks disagree: each may be up to 250 ms behind real time, so the timestamps they attach do not follow the real order.',
  },
};

export type ConceptId =
  | 'lost-update'
  | 'transaction-not-atomic'
  | 'duplicate-effect'
  | 'arrival-not-order'
  | 'clock-skew'
  | 'last-write-wins-discards'
  | 'wrong-final-value';

/** The lesson each failure teaches, named as an interviewer would name it. */
export const CONCEPTS: Readonly<Record<ConceptId, { readonly title: string; readonly lesson: string }>> = {
  'lost-update': {
    title: 'Lost update',
    lesson: 'Read-then-write is a critical section without a lock. Make the change one atomic statement, or guard the write with a version (compare-and-swap) so the loser notices and retries.',
  },
  'transaction-not-atomic': {
    title: 'A transaction is not a lock (lost update at READ COMMITTED)',
    lesson: 'A database makes one statement atomic, not a read-modify-write workflow. Use a single UPDATE that computes the value, SELECT … FOR UPDATE, a version check, or a stricter isolation level that aborts the loser.',
  },
  'duplicate-effect': {
    title: 'Duplicate effect from a retry',
    lesson: 'Delivery is at least once: the same request can arrive twice. Give each action an idempotency key (or a sequence number) and record it with the effect, so a repeat changes nothing.',
  },
  'arrival-not-order': {
    title: 'Arrival is not order',
    lesson: 'Retries, reordering networks, load balancers and reconnecting clients deliver a later action first. Carry the action’s own order with it — a per-entity sequence number, a logical clock or a version — and refuse what is older.',
  },
  'clock-skew': {
    title: 'Timestamps fail under clock skew',
    lesson: 'Wall clocks on different machines disagree, so "the highest timestamp" is not "the latest action". Order by logical clocks or sequence numbers issued from what the client had seen.',
  },
  'last-write-wins-discards': {
    title: 'Last write wins discards concurrent work',
    lesson: 'Last-write-wins keeps one of two concurrent writes. That is fine for a field that is replaced, wrong for a counter, a cart or a ledger where every action must count.',
  },
  'wrong-final-value': {
    title: 'Wrong final value',
    lesson: 'Assume everything happens at once, out of order, and at least once; then check which of those the strategy survives.',
  },
};
