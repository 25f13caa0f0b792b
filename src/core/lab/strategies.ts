import { applyOp, dependsOnRead, describeOp, formatValue, sameValue } from './ops.ts';
import type { Delivery, EntityValue, Row, StepEvent, Store, StrategyId } from './types.ts';

/** Where one delivery is in its strategy's steps. */
export interface ActorState {
  readonly phase: 'start' | 'write' | 'commit' | 'waiting' | 'done';
  readonly read: EntityValue | null;
  readonly version: number;
  readonly pending: EntityValue | null;
  /** Conditional updates that found a newer version (optimistic-cas). */
  readonly conflicts: number;
  readonly enqueuedAt: number;
}

export const IDLE: ActorState = { phase: 'start', read: null, version: 0, pending: null, conflicts: 0, enqueuedAt: 0 };

export interface StepOutcome {
  readonly store: Store;
  readonly self: ActorState;
  readonly event: StepEvent;
  readonly action: string;
  readonly note: string;
}

export interface StepInput {
  readonly strategy: StrategyId;
  readonly delivery: Delivery;
  readonly index: number;
  readonly self: ActorState;
  readonly store: Store;
  readonly tick: number;
}

/** The next step of one delivery under a strategy, or null while it is blocked (a row lock, the queue). */
export function stepDelivery(input: StepInput): StepOutcome | null {
  switch (input.strategy) {
    case 'read-modify-write':
      return input.self.phase === 'start' ? readStep(input, false) : blindWrite(input);
    case 'transaction-only':
      return transactionStep(input);
    case 'atomic-increment':
      return atomicApply(input, `UPDATE ${input.delivery.action.entity}: ${describeOp(input.delivery.action.op)} in one statement`, 'one statement: the store does the read and the write together');
    case 'optimistic-cas':
      return input.self.phase === 'start' ? readStep(input, true) : compareAndSwap(input);
    case 'idempotency-key':
      return idempotentApply(input);
    case 'sequence-numbers':
      return sequencedApply(input);
    case 'last-write-wins-timestamps':
      return timestampedApply(input);
    case 'single-queue':
      return input.self.phase === 'start' ? enqueue(input) : null;
  }
}

function rowOf(store: Store, entity: string): Row {
  const row = store.rows[entity];
  if (!row) throw new Error(`no entity ${entity} in the store`);
  return row;
}

export function withValue(store: Store, entity: string, value: EntityValue, lockedBy: number | null = null): Store {
  const row = rowOf(store, entity);
  return { ...store, rows: { ...store.rows, [entity]: { value, version: row.version + 1, lockedBy } } };
}

function readStep({ delivery, self, store }: StepInput, withVersion: boolean): StepOutcome {
  const row = rowOf(store, delivery.action.entity);
  return {
    store,
    self: { ...self, phase: 'write', read: row.value, version: row.version },
    event: { kind: 'read', value: row.value, version: row.version },
    action: withVersion ? `SELECT ${delivery.action.entity}, version → ${formatValue(row.value)}, v${row.version}` : `SELECT ${delivery.action.entity} → ${formatValue(row.value)}`,
    note: self.conflicts > 0 ? `re-reads after conflict ${self.conflicts}` : 'reads the current value',
  };
}

function blindWrite({ delivery, self, store }: StepInput): StepOutcome {
  const { entity, op } = delivery.action;
  const current = rowOf(store, entity).value;
  const read = self.read!;
  const value = applyOp(op, read);
  const overwrote = dependsOnRead(op) && !sameValue(current, read);
  return {
    store: withValue(store, entity, value),
    self: { ...self, phase: 'done' },
    event: { kind: 'write', value, basedOn: read, overwrote },
    action: `UPDATE ${entity} = ${formatValue(value)}`,
    note: overwrote ? `overwrites ${formatValue(current)}: computed from the stale read ${formatValue(read)}` : `${describeOp(op)} computed from its read`,
  };
}

function transactionStep(input: StepInput): StepOutcome | null {
  const { delivery, index, self, store } = input;
  const { entity, op } = delivery.action;
  const row = rowOf(store, entity);
  if (self.phase === 'start') {
    return {
      store,
      self: { ...self, phase: 'write', read: row.value },
      event: { kind: 'read', value: row.value, version: row.version },
      action: `BEGIN; SELECT ${entity} → ${formatValue(row.value)}`,
      note: 'READ COMMITTED: sees the last committed value and takes no lock',
    };
  }
  if (self.phase === 'write') {
    if (row.lockedBy !== null && row.lockedBy !== index) return null;
    const value = applyOp(op, self.read!);
    return {
      store: { ...store, rows: { ...store.rows, [entity]: { ...row, lockedBy: index } } },
      self: { ...self, phase: 'commit', pending: value },
      event: { kind: 'lock-and-update', value, basedOn: self.read! },
      action: `UPDATE ${entity} = ${formatValue(value)}`,
      note: 'takes the row lock (waits while another transaction holds it); the value comes from its earlier read',
    };
  }
  const overwrote = dependsOnRead(op) && !sameValue(row.value, self.read!);
  return {
    store: withValue(store, entity, self.pending!),
    self: { ...self, phase: 'done' },
    event: { kind: 'commit', value: self.pending!, basedOn: self.read!, overwrote },
    action: 'COMMIT',
    note: overwrote ? `replaces the committed ${formatValue(row.value)}: the transaction serialised the writes, not the read-modify-write` : 'releases the row lock',
  };
}

function compareAndSwap({ delivery, self, store }: StepInput): StepOutcome {
  const { entity, op } = delivery.action;
  const row = rowOf(store, entity);
  const condition = `UPDATE ${entity} … WHERE version = ${self.version}`;
  if (row.version !== self.version) {
    return {
      store,
      self: { ...self, phase: 'start', conflicts: self.conflicts + 1 },
      event: { kind: 'cas-fail', expected: self.version, actual: row.version },
      action: `${condition} → 0 rows`,
      note: `version is now ${row.version}: someone wrote since the read; re-read and retry`,
    };
  }
  const value = applyOp(op, self.read!);
  return {
    store: withValue(store, entity, value),
    self: { ...self, phase: 'done' },
    event: { kind: 'cas-ok', value, version: row.version + 1 },
    action: `${condition} → ${formatValue(value)}`,
    note: 'version unchanged since the read: the write applies',
  };
}

function atomicApply({ delivery, self, store }: StepInput, action: string, note: string): StepOutcome {
  const { entity, op } = delivery.action;
  const from = rowOf(store, entity).value;
  const to = applyOp(op, from);
  return { store: withValue(store, entity, to), self: { ...self, phase: 'done' }, event: { kind: 'apply', from, to }, action, note };
}

function refuse(input: StepInput, event: StepEvent & { kind: 'refuse' }, action: string, note: string): StepOutcome {
  return { store: input.store, self: { ...input.self, phase: 'done' }, event, action, note };
}

function idempotentApply(input: StepInput): StepOutcome {
  const { action } = input.delivery;
  const label = `${describeOp(action.op)} with Idempotency-Key ${action.id}`;
  if (input.store.keys.includes(action.id)) {
    return refuse(input, { kind: 'refuse', reason: 'duplicate-key', holder: null, offered: null }, label, 'key already recorded: answers with the first result, no second effect');
  }
  const applied = atomicApply(input, label, 'records the key and applies the change in one transaction (the key is unique)');
  return { ...applied, store: { ...applied.store, keys: [...input.store.keys, action.id] } };
}

function sequencedApply(input: StepInput): StepOutcome {
  const { scope, n } = input.delivery.action.seq;
  const last = input.store.seqs[scope] ?? 0;
  const label = `${describeOp(input.delivery.action.op)} if ${scope} #${n} is newer`;
  if (n <= last) {
    return refuse(input, { kind: 'refuse', reason: 'stale-seq', holder: last, offered: n }, label, `refused: ${scope} is already at #${last}; a stale or repeated request changes nothing`);
  }
  const applied = atomicApply(input, label, `conditional update: ${scope} moves from #${last} to #${n}`);
  return { ...applied, store: { ...applied.store, seqs: { ...input.store.seqs, [scope]: n } } };
}

function timestampedApply(input: StepInput): StepOutcome {
  const { register, op } = input.delivery.action;
  const stamp = input.delivery.stamp;
  const holder = input.store.stamps[register] ?? null;
  const label = `${describeOp(op)} stamped ${stamp} ms`;
  if (holder !== null && stamp <= holder) {
    return refuse(input, { kind: 'refuse', reason: 'older-stamp', holder, offered: stamp }, label, `refused: ${register} already holds a write stamped ${holder} ms`);
  }
  const applied = atomicApply(input, label, `the newest stamp for ${register} so far wins`);
  return { ...applied, store: { ...applied.store, stamps: { ...input.store.stamps, [register]: stamp } } };
}

function enqueue({ delivery, index, self, store, tick }: StepInput): StepOutcome {
  const queue = [...store.queue, index];
  return {
    store: { ...store, queue },
    self: { ...self, phase: 'waiting', enqueuedAt: tick },
    event: { kind: 'enqueue', depth: queue.length },
    action: `enqueue "${describeOp(delivery.action.op)}"`,
    note: `waits behind ${queue.length - 1} request(s) for the single consumer`,
  };
}
