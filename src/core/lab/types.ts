/** The concurrency lab's vocabulary: scenarios, strategies, fault models, deliveries, the store and traces. */

export const SCENARIO_IDS = ['counter', 'cart', 'document', 'payment'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export const STRATEGY_IDS = [
  'read-modify-write',
  'transaction-only',
  'atomic-increment',
  'optimistic-cas',
  'idempotency-key',
  'sequence-numbers',
  'single-queue',
  'last-write-wins-timestamps',
] as const;
export type StrategyId = (typeof STRATEGY_IDS)[number];

export const FAULT_IDS = ['race', 'retry', 'reorder', 'clock-skew'] as const;
export type FaultId = (typeof FAULT_IDS)[number];

/** What an entity of the store holds: a count, a title, a cart's lines, a ledger of charges. */
export type EntityValue = number | string | readonly string[];

/** What a client asks the store to do, as data. */
export type Op =
  | { readonly kind: 'increment' }
  | { readonly kind: 'add'; readonly item: string }
  | { readonly kind: 'remove'; readonly item: string }
  | { readonly kind: 'set'; readonly value: string }
  | { readonly kind: 'charge'; readonly charge: string };

/** One thing a client does, at a real moment, after the actions it has seen. */
export interface Action {
  readonly id: string;
  readonly client: string;
  readonly entity: string;
  readonly op: Op;
  /** What a timestamp guards under last-write-wins (a field, a cart line, the counter). */
  readonly register: string;
  /** The sequence number the client attaches: monotonic within its scope. */
  readonly seq: { readonly scope: string; readonly n: number };
  /** Real time in ms (what no single machine can read exactly). */
  readonly at: number;
  /** Actions this one causally follows: acknowledged or seen before it was sent. */
  readonly after: readonly string[];
}

/** One arrival of an action at the store: the original, or a resend after a timeout. */
export interface Delivery {
  readonly id: string;
  readonly action: Action;
  readonly attempt: 1 | 2;
  /** Real time at which it was sent. */
  readonly sentAt: number;
  /** The sending client's clock at that moment (real time plus its skew). */
  readonly stamp: number;
}

export interface Row {
  readonly value: EntityValue;
  readonly version: number;
  /** The transaction holding the row lock (transaction-only), if any. */
  readonly lockedBy: number | null;
}

export interface Store {
  readonly rows: Readonly<Record<string, Row>>;
  /** Highest sequence number applied per scope. */
  readonly seqs: Readonly<Record<string, number>>;
  /** Timestamp of the value currently held per register (last-write-wins). */
  readonly stamps: Readonly<Record<string, number>>;
  /** Idempotency keys already recorded. */
  readonly keys: readonly string[];
  /** Deliveries waiting for the single consumer, by index. */
  readonly queue: readonly number[];
}

/** What one step did, as data: the explanation and the tests read these. */
export type StepEvent =
  | { readonly kind: 'read'; readonly value: EntityValue; readonly version: number }
  | { readonly kind: 'write'; readonly value: EntityValue; readonly basedOn: EntityValue; readonly overwrote: boolean }
  | { readonly kind: 'lock-and-update'; readonly value: EntityValue; readonly basedOn: EntityValue }
  | { readonly kind: 'commit'; readonly value: EntityValue; readonly basedOn: EntityValue; readonly overwrote: boolean }
  | { readonly kind: 'apply'; readonly from: EntityValue; readonly to: EntityValue }
  | { readonly kind: 'cas-ok'; readonly value: EntityValue; readonly version: number }
  | { readonly kind: 'cas-fail'; readonly expected: number; readonly actual: number }
  | { readonly kind: 'refuse'; readonly reason: 'duplicate-key' | 'stale-seq' | 'older-stamp'; readonly holder: number | null; readonly offered: number | null }
  | { readonly kind: 'enqueue'; readonly depth: number }
  | { readonly kind: 'consume'; readonly delivery: number; readonly from: EntityValue; readonly to: EntityValue; readonly waited: number };

export type StoreView = Readonly<Record<string, EntityValue>>;

export interface TraceStep {
  readonly t: number;
  readonly actor: string;
  /** Which delivery's request this step served (the consumer's steps name the delivery it applied). */
  readonly delivery: number;
  readonly action: string;
  readonly read?: EntityValue;
  readonly write?: EntityValue;
  readonly storeBefore: StoreView;
  readonly storeAfter: StoreView;
  readonly note: string;
  readonly event: StepEvent;
}

/** Clock offsets per client in ms (clock-skew); empty otherwise. */
export type Skews = Readonly<Record<string, number>>;

export interface Trace {
  /** The actor chosen at each step: replaying it reproduces the run. */
  readonly schedule: readonly number[];
  readonly skews: Skews;
  readonly steps: readonly TraceStep[];
  readonly final: StoreView;
  readonly expected: StoreView;
  readonly correct: boolean;
}

export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };
