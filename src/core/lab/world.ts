import { SCENARIOS, expectedFinal, type Scenario } from './scenarios.ts';
import type { Delivery, FaultId, ScenarioId, Skews, Store, StoreView, StrategyId } from './types.ts';

/** How far a client's clock may be behind under the clock-skew fault, in ms. */
export const SKEW_MS = 250;

export interface LabConfig {
  readonly scenario: ScenarioId;
  readonly strategy: StrategyId;
  readonly faults: readonly FaultId[];
  readonly clients?: number;
}

/** One concrete setting of a configuration: its deliveries, what each waits for, the clocks. */
export interface World {
  readonly scenario: Scenario;
  readonly strategy: StrategyId;
  readonly deliveries: readonly Delivery[];
  /** Steps of different deliveries may interleave (race); otherwise each delivery runs whole. */
  readonly interleaveSteps: boolean;
  /** Per delivery: groups of delivery indexes; it may start once one delivery of every group is done. */
  readonly waitsFor: readonly (readonly (readonly number[])[])[];
  readonly skews: Skews;
  readonly initialStore: Store;
  readonly expected: StoreView;
}

/** Every world of a configuration: one, or one per assignment of clock offsets under clock-skew. */
export function buildWorlds(config: LabConfig): readonly World[] {
  const scenario = SCENARIOS[config.scenario];
  const actions = scenario.actions(config.clients ?? scenario.clients.default);
  const clients = [...new Set(actions.map((a) => a.client))];
  return skewAssignments(clients, config.faults.includes('clock-skew')).map((skews) => buildWorld(scenario, config, skews));
}

function buildWorld(scenario: Scenario, config: LabConfig, skews: Skews): World {
  const actions = scenario.actions(config.clients ?? scenario.clients.default);
  const deliveries: Delivery[] = [];
  for (const action of actions) {
    const skew = skews[action.client] ?? 0;
    deliveries.push({ id: action.id, action, attempt: 1, sentAt: action.at, stamp: action.at + skew });
    if (config.faults.includes('retry') && action.id === scenario.retried) {
      const sentAt = action.at + scenario.retryAfterMs;
      deliveries.push({ id: `${action.id} (retry)`, action, attempt: 2, sentAt, stamp: sentAt + skew });
    }
  }
  const race = config.faults.includes('race');
  const reorder = config.faults.includes('reorder');
  return {
    scenario,
    strategy: config.strategy,
    deliveries,
    interleaveSteps: race,
    waitsFor: deliveries.map((d) => (reorder ? [] : race ? causalWaits(deliveries, d) : sendOrderWaits(deliveries, d))),
    skews,
    initialStore: initialStore(scenario.initial),
    expected: expectedFinal(scenario, actions),
  };
}

/** No race, no reordering: each request arrives and completes before the next one is sent. */
function sendOrderWaits(deliveries: readonly Delivery[], delivery: Delivery): number[][] {
  return deliveries.flatMap((other, i) => (other.sentAt < delivery.sentAt ? [[i]] : []));
}

/** Concurrent requests overlap; an action still waits for what it causally follows (any delivery of it). */
function causalWaits(deliveries: readonly Delivery[], delivery: Delivery): number[][] {
  return delivery.action.after.map((actionId) => deliveries.flatMap((other, i) => (other.action.id === actionId ? [i] : [])));
}

function skewAssignments(clients: readonly string[], skewed: boolean): Skews[] {
  if (!skewed) return [{}];
  const assignments: Skews[] = [];
  for (let mask = 0; mask < 1 << clients.length; mask++) {
    assignments.push(Object.fromEntries(clients.map((client, i) => [client, mask & (1 << i) ? -SKEW_MS : 0])));
  }
  return assignments;
}

function initialStore(initial: StoreView): Store {
  const rows = Object.fromEntries(Object.entries(initial).map(([entity, value]) => [entity, { value, version: 0, lockedBy: null }]));
  return { rows, seqs: {}, stamps: {}, keys: [], queue: [] };
}
