// The concurrency lab: pure and deterministic, no I/O, no clock, no Math.random.
export { CONCEPTS, FAULTS, STRATEGIES, type ConceptId } from './content.ts';
export { explainTrace, type Explanation } from './explain.ts';
export { DEFAULT_EXHAUSTIVE_LIMIT, DEFAULT_SAMPLES, exploreInterleavings, type Exploration, type ExploreOptions, type LabError, type Outcome } from './explore.ts';
export { gradeFix, type FaultVerdict, type Grade } from './grade.ts';
export { formatValue, formatView } from './ops.ts';
export { SCENARIOS, type Scenario } from './scenarios.ts';
export { buildWorlds, replayTrace, runSchedule, type LabConfig, type World } from './replay.ts';
export * from './types.ts';
