import { z } from 'zod';
import { FAULT_IDS, SCENARIO_IDS, STRATEGY_IDS } from '../core/lab/types.ts';

/** Largest client count a lab run may ask for; beyond it the request is refused (422). */
export const LAB_MAX_CLIENTS = 5;
/** Largest number of sampled schedules a lab run may ask for (422 beyond). */
export const LAB_MAX_SAMPLES = 2000;

export const ScenarioIdSchema = z.enum(SCENARIO_IDS);
export const StrategyIdSchema = z.enum(STRATEGY_IDS);
export const FaultIdSchema = z.enum(FAULT_IDS);

export const LabRunRequestSchema = z
  .object({
    scenario: ScenarioIdSchema,
    strategy: StrategyIdSchema,
    faults: z.array(FaultIdSchema).max(FAULT_IDS.length, `must list at most ${FAULT_IDS.length} fault models`),
    clients: z.number().int('must be a whole number').min(1).optional(),
    seed: z.number().int('must be a whole number').min(0).max(2 ** 32 - 1).optional(),
    samples: z.number().int('must be a whole number').min(1).optional(),
  })
  .strict();
export type LabRunRequest = z.infer<typeof LabRunRequestSchema>;

export const LabGradeRequestSchema = z.object({ scenario: ScenarioIdSchema, strategy: StrategyIdSchema }).strict();
export type LabGradeRequest = z.infer<typeof LabGradeRequestSchema>;

const EntityValueSchema = z.union([z.number(), z.string(), z.array(z.string()).readonly()]);
const StoreViewSchema = z.record(z.string(), EntityValueSchema);

export const TraceStepSchema = z.object({
  t: z.number().int(),
  actor: z.string(),
  delivery: z.number().int(),
  action: z.string(),
  read: EntityValueSchema.optional(),
  write: EntityValueSchema.optional(),
  storeBefore: StoreViewSchema,
  storeAfter: StoreViewSchema,
  note: z.string(),
  event: z.looseObject({ kind: z.string() }),
});

export const TraceSchema = z.object({
  schedule: z.array(z.number().int()).readonly(),
  skews: z.record(z.string(), z.number()),
  steps: z.array(TraceStepSchema).readonly(),
  final: StoreViewSchema,
  expected: StoreViewSchema,
  correct: z.boolean(),
});

export const ExplanationSchema = z.object({ concept: z.string(), title: z.string(), text: z.string(), lesson: z.string() });

export const LabRunSchema = z.object({
  scenario: ScenarioIdSchema,
  strategy: StrategyIdSchema,
  faults: z.array(FaultIdSchema),
  clients: z.number().int(),
  seed: z.number().int(),
  mode: z.enum(['exhaustive', 'sampled']),
  schedules: z.number().int(),
  wrong: z.number().int(),
  expected: StoreViewSchema,
  outcomes: z.array(z.object({ final: StoreViewSchema, schedules: z.number().int(), correct: z.boolean() })).readonly(),
  shortestFailing: TraceSchema.nullable(),
  explanation: ExplanationSchema.nullable(),
  cost: z.object({ maxRetries: z.number().int(), maxQueueWait: z.number().int(), minSteps: z.number().int(), maxSteps: z.number().int() }),
});
export type LabRun = z.infer<typeof LabRunSchema>;

const VerdictSchema = z.object({
  kind: z.enum(['correct', 'wrong']),
  faults: z.array(FaultIdSchema).readonly(),
  schedules: z.number().int(),
  wrong: z.number().int().optional(),
  mode: z.enum(['exhaustive', 'sampled']),
  trace: TraceSchema.optional(),
  explanation: ExplanationSchema.optional(),
});

export const LabGradeSchema = z.object({
  scenario: ScenarioIdSchema,
  strategy: StrategyIdSchema,
  pass: z.boolean(),
  verdicts: z.array(VerdictSchema).readonly(),
  costNotes: z.array(z.string()).readonly(),
});

const Described = { id: z.string(), title: z.string(), description: z.string() };

export const LabCatalogSchema = z.object({
  scenarios: z.array(
    z.object({
      ...Described,
      expectation: z.string(),
      clients: z.object({ min: z.number().int(), max: z.number().int(), default: z.number().int() }),
      gradedFaults: z.array(z.array(FaultIdSchema)),
    }),
  ),
  strategies: z.array(z.object(Described)),
  faults: z.array(z.object(Described)),
  concepts: z.array(z.object({ id: z.string(), title: z.string(), lesson: z.string() })),
});
export type LabCatalog = z.infer<typeof LabCatalogSchema>;
