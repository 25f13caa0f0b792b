import { runSchedule } from './simulate.ts';
import type { Trace } from './types.ts';
import { buildWorlds, type LabConfig } from './world.ts';

export { runSchedule } from './simulate.ts';
export { buildWorlds, type LabConfig, type World } from './world.ts';

/** Re-runs a reported trace from its schedule and clock offsets: the same steps, the same final value. */
export function replayTrace(config: LabConfig, trace: Pick<Trace, 'schedule' | 'skews'>): Trace {
  const key = JSON.stringify(trace.skews);
  const world = buildWorlds(config).find((w) => JSON.stringify(w.skews) === key);
  if (!world) throw new Error(`no world of this configuration has the clock offsets ${key}`);
  return runSchedule(world, trace.schedule);
}
