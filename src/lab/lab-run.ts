import { DEFAULT_SAMPLES, exploreInterleavings } from '../core/lab/index.ts';
import type { LabRun, LabRunRequest } from '../schemas/lab.ts';

const DEFAULT_SEED = 1;

/** A run's answer, or the request's field the lab refused (plain data: it crosses from a worker thread). */
export type LabRunOutcome =
  | { readonly ok: true; readonly run: LabRun }
  | { readonly ok: false; readonly field: string; readonly message: string };

/** One lab run: explore the interleavings and shape the answer the API gives. */
export function runLab(body: LabRunRequest): LabRunOutcome {
  const seed = body.seed ?? DEFAULT_SEED;
  const result = exploreInterleavings(body, { seed, samples: body.samples ?? DEFAULT_SAMPLES });
  if (!result.ok) return { ok: false, field: result.error.field, message: result.error.message };
  const { config, ...exploration } = result.value;
  return { ok: true, run: { ...exploration, scenario: config.scenario, strategy: config.strategy, faults: [...config.faults], clients: config.clients!, seed } };
}
