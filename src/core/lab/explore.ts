import { explainTrace, type Explanation } from './explain.ts';
import { formatView, sameView } from './ops.ts';
import { seededPrng, type Prng } from './prng.ts';
import { SCENARIOS } from './scenarios.ts';
import { advance, enabledActors, initialState, isFinished, runSchedule, viewOf, type SimState } from './simulate.ts';
import type { Result, StoreView, Trace } from './types.ts';
import { buildWorlds, type LabConfig, type World } from './world.ts';

export interface ExploreOptions {
  /** Enumerate every schedule while there are at most this many; beyond it, sample. */
  readonly exhaustiveLimit?: number;
  /** Schedules drawn with the seeded PRNG when enumeration would exceed the limit. */
  readonly samples?: number;
  readonly seed?: number;
}

export const DEFAULT_EXHAUSTIVE_LIMIT = 5000;
export const DEFAULT_SAMPLES = 1500;

export interface Outcome {
  readonly final: StoreView;
  readonly schedules: number;
  readonly correct: boolean;
}

export interface ExplorationCost {
  /** Conditional updates that lost and had to re-read, worst schedule (optimistic-cas). */
  readonly maxRetries: number;
  /** Longest wait of a request in the queue, in steps (single-queue). */
  readonly maxQueueWait: number;
  readonly minSteps: number;
  readonly maxSteps: number;
}

export interface Exploration {
  readonly config: LabConfig;
  readonly mode: 'exhaustive' | 'sampled';
  readonly schedules: number;
  readonly wrong: number;
  readonly expected: StoreView;
  readonly outcomes: readonly Outcome[];
  readonly shortestFailing: Trace | null;
  /** The concept the shortest failing schedule demonstrates, told as a story. */
  readonly explanation: Explanation | null;
  readonly cost: ExplorationCost;
}

export type LabError = { readonly kind: 'clients-out-of-range'; readonly field: 'clients'; readonly message: string };

interface Leaf {
  readonly world: number;
  readonly schedule: readonly number[];
  readonly final: StoreView;
  readonly retries: number;
  readonly queueWait: number;
}

/**
 * Runs a scenario under a strategy and fault model over every interleaving of
 * its steps (or a seeded sample when there are too many) and reports the
 * outcomes, how many schedules end wrong and the shortest failing schedule.
 */
export function exploreInterleavings(config: LabConfig, options: ExploreOptions = {}): Result<Exploration, LabError> {
  const scenario = SCENARIOS[config.scenario];
  const clients = config.clients ?? scenario.clients.default;
  if (!Number.isInteger(clients) || clients < scenario.clients.min || clients > scenario.clients.max) {
    const range = scenario.clients.min === scenario.clients.max ? `exactly ${scenario.clients.min}` : `${scenario.clients.min} to ${scenario.clients.max}`;
    return { ok: false, error: { kind: 'clients-out-of-range', field: 'clients', message: `the ${scenario.id} scenario runs with ${range} client(s)` } };
  }
  const normalized: LabConfig = { ...config, clients, faults: [...new Set(config.faults)].sort() };
  const worlds = buildWorlds(normalized);
  const limit = options.exhaustiveLimit ?? DEFAULT_EXHAUSTIVE_LIMIT;
  const enumerated = enumerateAll(worlds, limit);
  const leaves = enumerated ?? sampleSchedules(worlds, options.samples ?? DEFAULT_SAMPLES, seededPrng(options.seed ?? 1));
  return { ok: true, value: summarize(normalized, worlds, leaves, enumerated ? 'exhaustive' : 'sampled') };
}

/** Depth-first over every schedule of every world; null as soon as there are more than `limit`. */
function enumerateAll(worlds: readonly World[], limit: number): Leaf[] | null {
  const leaves: Leaf[] = [];
  const visit = (w: number, state: SimState, path: number[], queueWait: number): boolean => {
    if (isFinished(state)) {
      leaves.push(leafOf(w, state, path, queueWait));
      return leaves.length <= limit;
    }
    for (const actor of enabledActors(worlds[w]!, state)) {
      const { state: next, step } = advance(worlds[w]!, state, actor);
      path.push(actor);
      const wait = step.event.kind === 'consume' ? Math.max(queueWait, step.event.waited) : queueWait;
      const keepGoing = visit(w, next, path, wait);
      path.pop();
      if (!keepGoing) return false;
    }
    return true;
  };
  for (let w = 0; w < worlds.length; w++) if (!visit(w, initialState(worlds[w]!), [], 0)) return null;
  return leaves;
}

function sampleSchedules(worlds: readonly World[], samples: number, prng: Prng): Leaf[] {
  const leaves: Leaf[] = [];
  for (let s = 0; s < samples; s++) {
    const w = prng.below(worlds.length);
    let state = initialState(worlds[w]!);
    const path: number[] = [];
    let queueWait = 0;
    while (!isFinished(state)) {
      const enabled = enabledActors(worlds[w]!, state);
      if (enabled.length === 0) throw new Error('deadlock: no actor can move');
      const actor = enabled[prng.below(enabled.length)]!;
      const { state: next, step } = advance(worlds[w]!, state, actor);
      if (step.event.kind === 'consume') queueWait = Math.max(queueWait, step.event.waited);
      path.push(actor);
      state = next;
    }
    leaves.push(leafOf(w, state, path, queueWait));
  }
  return leaves;
}

function leafOf(world: number, state: SimState, path: readonly number[], queueWait: number): Leaf {
  const retries = state.actors.reduce((sum, a) => sum + a.conflicts, 0);
  return { world, schedule: [...path], final: viewOf(state.store), retries, queueWait };
}

function summarize(config: LabConfig, worlds: readonly World[], leaves: readonly Leaf[], mode: Exploration['mode']): Exploration {
  const expected = worlds[0]!.expected;
  const outcomes = new Map<string, { final: StoreView; schedules: number; correct: boolean }>();
  let shortest: Leaf | null = null;
  let wrong = 0;
  for (const leaf of leaves) {
    const key = formatView(leaf.final);
    const correct = sameView(leaf.final, expected);
    const entry = outcomes.get(key) ?? { final: leaf.final, schedules: 0, correct };
    outcomes.set(key, { ...entry, schedules: entry.schedules + 1 });
    if (correct) continue;
    wrong++;
    if (!shortest || isSimpler(leaf, shortest)) shortest = leaf;
  }
  const trace = shortest ? runSchedule(worlds[shortest.world]!, shortest.schedule) : null;
  const sorted = [...outcomes.entries()].sort(([ka, a], [kb, b]) => b.schedules - a.schedules || (ka < kb ? -1 : 1)).map(([, o]) => o);
  return {
    config,
    mode,
    schedules: leaves.length,
    wrong,
    expected,
    outcomes: sorted,
    shortestFailing: trace,
    explanation: trace && shortest ? explainTrace(worlds[shortest.world]!, trace) : null,
    cost: costOf(leaves),
  };
}

/** Fewer steps first, then fewer context switches (easier to follow), then a stable order. */
function isSimpler(a: Leaf, b: Leaf): boolean {
  const byLength = a.schedule.length - b.schedule.length;
  if (byLength !== 0) return byLength < 0;
  const bySwitches = switches(a.schedule) - switches(b.schedule);
  if (bySwitches !== 0) return bySwitches < 0;
  if (a.world !== b.world) return a.world < b.world;
  const at = a.schedule.findIndex((actor, i) => actor !== b.schedule[i]);
  return at >= 0 && a.schedule[at]! < b.schedule[at]!;
}

function switches(schedule: readonly number[]): number {
  return schedule.reduce((n, actor, i) => (i > 0 && actor !== schedule[i - 1] ? n + 1 : n), 0);
}

function costOf(leaves: readonly Leaf[]): ExplorationCost {
  const steps = leaves.map((l) => l.schedule.length);
  return {
    maxRetries: Math.max(0, ...leaves.map((l) => l.retries)),
    maxQueueWait: Math.max(0, ...leaves.map((l) => l.queueWait)),
    minSteps: steps.length ? Math.min(...steps) : 0,
    maxSteps: steps.length ? Math.max(...steps) : 0,
  };
}
