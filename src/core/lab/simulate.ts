import { applyOp, describeOp, sameView } from './ops.ts';
import { IDLE, stepDelivery, withValue, type ActorState, type StepOutcome } from './strategies.ts';
import type { Store, StoreView, Trace, TraceStep } from './types.ts';
import type { World } from './world.ts';

/** Everything that changes during a run. Actors 0…n-1 are deliveries; actor n is the queue's consumer. */
export interface SimState {
  readonly store: Store;
  readonly actors: readonly ActorState[];
  readonly tick: number;
}

/** Steps of one run beyond which something is wrong with a strategy (optimistic retries are bounded by the clients). */
const MAX_STEPS = 400;

export function initialState(world: World): SimState {
  return { store: world.initialStore, actors: world.deliveries.map(() => IDLE), tick: 0 };
}

export function isFinished(state: SimState): boolean {
  return state.actors.every((a) => a.phase === 'done');
}

export function viewOf(store: Store): StoreView {
  return Object.fromEntries(Object.entries(store.rows).map(([entity, row]) => [entity, row.value]));
}

/** The actors that may take the next step, in index order. */
export function enabledActors(world: World, state: SimState): number[] {
  if (state.tick >= MAX_STEPS) throw new Error(`a run of ${world.strategy} went past ${MAX_STEPS} steps`);
  const consumer = world.strategy === 'single-queue' && state.store.queue.length > 0 ? [world.deliveries.length] : [];
  if (!world.interleaveSteps) {
    const running = state.actors.findIndex((a) => a.phase === 'write' || a.phase === 'commit');
    if (running >= 0) return [running];
  }
  const ready = state.actors.flatMap((actor, i) => (canStep(world, state, actor, i) ? [i] : []));
  return [...ready, ...consumer];
}

function canStep(world: World, state: SimState, actor: ActorState, index: number): boolean {
  if (actor.phase === 'done' || actor.phase === 'waiting') return false;
  if (actor.phase === 'start' && actor.conflicts === 0 && !dependenciesDone(world, state, index)) return false;
  return nextOutcome(world, state, index) !== null;
}

function dependenciesDone(world: World, state: SimState, index: number): boolean {
  return world.waitsFor[index]!.every((group) => group.some((i) => state.actors[i]!.phase === 'done'));
}

function nextOutcome(world: World, state: SimState, index: number): StepOutcome | null {
  if (index === world.deliveries.length) return consumeNext(world, state);
  return stepDelivery({ strategy: world.strategy, delivery: world.deliveries[index]!, index, self: state.actors[index]!, store: state.store, tick: state.tick });
}

/** Runs one step of an enabled actor. */
export function advance(world: World, state: SimState, actor: number): { state: SimState; step: TraceStep } {
  const outcome = nextOutcome(world, state, actor);
  if (!outcome) throw new Error(`actor ${actor} is not enabled at step ${state.tick}`);
  const isConsumer = actor === world.deliveries.length;
  const served = outcome.event.kind === 'consume' ? outcome.event.delivery : actor;
  const actors = state.actors.map((a, i) => (i === served ? outcome.self : a));
  const step: TraceStep = {
    t: state.tick + 1,
    actor: isConsumer ? 'queue consumer' : world.deliveries[actor]!.id,
    delivery: served,
    action: outcome.action,
    ...valuesOf(outcome),
    storeBefore: viewOf(state.store),
    storeAfter: viewOf(outcome.store),
    note: outcome.note,
    event: outcome.event,
  };
  return { state: { store: outcome.store, actors, tick: state.tick + 1 }, step };
}

function valuesOf({ event }: StepOutcome): Pick<TraceStep, 'read' | 'write'> {
  switch (event.kind) {
    case 'read':
      return { read: event.value };
    case 'write':
    case 'commit':
    case 'cas-ok':
      return { write: event.value };
    case 'apply':
    case 'consume':
      return { write: event.to };
    default:
      return {};
  }
}

/** The single consumer takes the oldest queued request and applies it in one step. */
function consumeNext(world: World, state: SimState): StepOutcome | null {
  const [head, ...rest] = state.store.queue;
  if (head === undefined) return null;
  const { action } = world.deliveries[head]!;
  const from = state.store.rows[action.entity]!.value;
  const to = applyOp(action.op, from);
  const waited = state.tick - state.actors[head]!.enqueuedAt;
  return {
    store: { ...withValue(state.store, action.entity, to), queue: rest },
    self: { ...state.actors[head]!, phase: 'done' },
    event: { kind: 'consume', delivery: head, from, to, waited },
    action: `apply ${world.deliveries[head]!.id}: ${describeOp(action.op)}`,
    note: `one request at a time; this one waited ${waited} step(s) in the queue`,
  };
}

/** Replays a schedule (one actor index per step) into a full trace. */
export function runSchedule(world: World, schedule: readonly number[]): Trace {
  let state = initialState(world);
  const steps: TraceStep[] = [];
  for (const actor of schedule) {
    if (!enabledActors(world, state).includes(actor)) throw new Error(`actor ${actor} cannot move at step ${state.tick + 1}`);
    const next = advance(world, state, actor);
    state = next.state;
    steps.push(next.step);
  }
  if (!isFinished(state)) throw new Error('the schedule stops before every request is done');
  const final = viewOf(state.store);
  return { schedule: [...schedule], skews: world.skews, steps, final, expected: world.expected, correct: sameView(final, world.expected) };
}
