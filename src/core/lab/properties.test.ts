import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exploreInterleavings, type Exploration } from './explore.ts';
import { sameView } from './ops.ts';
import { replayTrace } from './replay.ts';
import { SCENARIOS } from './scenarios.ts';
import { FAULT_IDS, SCENARIO_IDS, STRATEGY_IDS, type FaultId } from './types.ts';
import type { LabConfig } from './world.ts';

const SMALL = { exhaustiveLimit: 300, samples: 120 };

function explore(config: LabConfig, options: object = SMALL): Exploration {
  const result = exploreInterleavings(config, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const faultSets = fc.subarray([...FAULT_IDS], { minLength: 0, maxLength: 3 }) as fc.Arbitrary<FaultId[]>;
const configs = fc
  .record({ scenario: fc.constantFrom(...SCENARIO_IDS), strategy: fc.constantFrom(...STRATEGY_IDS), faults: faultSets, clients: fc.integer({ min: 1, max: 3 }) })
  .map((c): LabConfig => {
    const range = SCENARIOS[c.scenario].clients;
    return { ...c, clients: Math.min(range.max, Math.max(range.min, c.clients)) };
  });

describe('lab properties', () => {
  it('a correct strategy is correct for every seed and up to four clients', () => {
    const fixes = fc.constantFrom('atomic-increment', 'optimistic-cas', 'single-queue', 'idempotency-key', 'sequence-numbers') as fc.Arbitrary<LabConfig['strategy']>;
    fc.assert(
      fc.property(fixes, fc.integer({ min: 1, max: 4 }), fc.integer(), (strategy, clients, seed) => {
        const run = explore({ scenario: 'counter', strategy, faults: ['race'], clients }, { ...SMALL, seed });
        expect(run.wrong).toBe(0);
        expect(run.outcomes).toEqual([{ final: { count: clients }, schedules: run.schedules, correct: true }]);
      }),
      { numRuns: 40 },
    );
  });

  it('every strategy is correct when nothing goes wrong', () => {
    for (const scenario of SCENARIO_IDS) for (const strategy of STRATEGY_IDS) expect(explore({ scenario, strategy, faults: [] }).wrong, `${scenario} ${strategy}`).toBe(0);
  });

  it('every failing trace replays to its reported final value, step by step', () => {
    fc.assert(
      fc.property(configs, fc.integer(), (config, seed) => {
        const trace = explore(config, { ...SMALL, seed }).shortestFailing;
        if (!trace) return;
        expect(trace.correct).toBe(false);
        const replayed = replayTrace(config, trace);
        expect(replayed.final).toEqual(trace.final);
        expect(trace.steps.at(-1)!.storeAfter).toEqual(trace.final);
        trace.steps.slice(1).forEach((step, i) => expect(step.storeBefore).toEqual(trace.steps[i]!.storeAfter));
        expect(sameView(trace.final, trace.expected)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('exploration is deterministic: the same input gives byte-identical output', () => {
    fc.assert(
      fc.property(configs, fc.integer(), (config, seed) => {
        expect(JSON.stringify(explore(config, { ...SMALL, seed }))).toBe(JSON.stringify(explore(config, { ...SMALL, seed })));
      }),
      { numRuns: 30 },
    );
  });

  it('a wrong run always comes with an explanation naming its concept', () => {
    fc.assert(
      fc.property(configs, (config) => {
        const run = explore(config);
        expect(run.explanation === null).toBe(run.wrong === 0);
        if (run.explanation) expect(run.explanation.concept).not.toBe('wrong-final-value');
      }),
      { numRuns: 60 },
    );
  });
});
