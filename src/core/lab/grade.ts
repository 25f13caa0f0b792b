import { STRATEGIES } from './content.ts';
import { exploreInterleavings, type Exploration, type ExploreOptions } from './explore.ts';
import type { Explanation } from './explain.ts';
import { SCENARIOS } from './scenarios.ts';
import type { FaultId, ScenarioId, StrategyId, Trace } from './types.ts';

export type FaultVerdict =
  | { readonly kind: 'correct'; readonly faults: readonly FaultId[]; readonly schedules: number; readonly mode: Exploration['mode'] }
  | {
      readonly kind: 'wrong';
      readonly faults: readonly FaultId[];
      readonly schedules: number;
      readonly wrong: number;
      readonly mode: Exploration['mode'];
      readonly trace: Trace;
      readonly explanation: Explanation;
    };

export interface Grade {
  readonly scenario: ScenarioId;
  readonly strategy: StrategyId;
  readonly pass: boolean;
  readonly verdicts: readonly FaultVerdict[];
  /** What the strategy costs when it works: retries, queueing. */
  readonly costNotes: readonly string[];
}

/** Runs a strategy against every fault model that matters for the scenario and grades it. */
export function gradeFix(scenario: ScenarioId, strategy: StrategyId, options: ExploreOptions = {}): Grade {
  const definition = SCENARIOS[scenario];
  const explorations = definition.graded.map((faults) => {
    const result = exploreInterleavings({ scenario, strategy, faults, clients: definition.clients.default }, options);
    if (!result.ok) throw new Error(`the default configuration of ${scenario} is invalid: ${result.error.message}`);
    return result.value;
  });
  const verdicts = explorations.map(verdictOf);
  return {
    scenario,
    strategy,
    pass: verdicts.every((v) => v.kind === 'correct'),
    verdicts,
    costNotes: costNotes(strategy, explorations),
  };
}

function verdictOf(exploration: Exploration): FaultVerdict {
  const { faults } = exploration.config;
  const { schedules, mode, wrong, shortestFailing, explanation } = exploration;
  if (!shortestFailing || !explanation) return { kind: 'correct', faults, schedules, mode };
  return { kind: 'wrong', faults, schedules, wrong, mode, trace: shortestFailing, explanation };
}

function costNotes(strategy: StrategyId, explorations: readonly Exploration[]): string[] {
  const notes: string[] = [];
  const retries = Math.max(0, ...explorations.map((e) => e.cost.maxRetries));
  if (strategy === 'optimistic-cas') {
    notes.push(retries > 0 ? `losers re-read and retried: up to ${retries} retr${retries === 1 ? 'y' : 'ies'} in one schedule; contention turns into retries and latency` : 'no conflicting writes in these schedules, so no retries were needed');
  }
  if (strategy === 'single-queue') {
    const wait = Math.max(0, ...explorations.map((e) => e.cost.maxQueueWait));
    notes.push(`every request waits for those ahead of it: up to ${wait} step(s) in the queue; one consumer caps throughput at one request at a time`);
  }
  if (strategy === 'transaction-only') notes.push('holds a row lock from UPDATE to COMMIT: writers queue on the lock and still lose updates');
  const slowest = Math.max(0, ...explorations.map((e) => e.cost.maxSteps));
  notes.push(`${STRATEGIES[strategy].title}: the longest schedule took ${slowest} steps`);
  return notes;
}
