import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CONCEPTS, FAULTS, gradeFix, SCENARIOS, STRATEGIES } from '../../core/lab/index.ts';
import type { LabRunner } from '../../lab/lab-runner.ts';
import { ProblemSchema } from '../../schemas/common.ts';
import {
  LAB_MAX_CLIENTS,
  LAB_MAX_SAMPLES,
  LabCatalogSchema,
  LabGradeRequestSchema,
  LabGradeSchema,
  LabRunRequestSchema,
  LabRunSchema,
  type LabCatalog,
  type LabRun,
  type LabRunRequest,
} from '../../schemas/lab.ts';
import { ApiError } from '../errors.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 422: ProblemSchema };

/**
 * The concurrency lab: pure computation, no tenant data, bounded work per
 * request. Runs go to `lab`, a worker thread (up to ≈ 0.4 s of CPU each);
 * grading is a millisecond and stays here.
 */
export const labRoutes: FastifyPluginAsyncZod<{ readonly lab: LabRunner }> = async (app, { lab }) => {
  app.get('/lab/scenarios', {
    schema: { tags: ['lab'], summary: 'Scenarios, strategies, fault models and concepts of the concurrency lab', response: { 200: LabCatalogSchema, 401: ProblemSchema } },
  }, async () => catalog());

  app.post('/lab/runs', {
    schema: { tags: ['lab'], summary: 'Run a scenario with a strategy under fault models; explain the shortest failing schedule', body: LabRunRequestSchema, response: { 200: LabRunSchema, ...errors } },
  }, async (request) => run(lab, request.body));

  app.post('/lab/grades', {
    schema: { tags: ['lab'], summary: 'Grade a strategy against every fault model that matters for the scenario', body: LabGradeRequestSchema, response: { 200: LabGradeSchema, ...errors } },
  }, async (request) => gradeFix(request.body.scenario, request.body.strategy));
};

async function run(lab: LabRunner, body: LabRunRequest): Promise<LabRun> {
  assertBounded(body);
  const outcome = await lab.run(body);
  if (!outcome.ok) throw new ApiError('unprocessable', outcome.message, [{ path: outcome.field, message: outcome.message, rule: 'range' }]);
  return outcome.run;
}

/** Work grows factorially with clients: refuse what would burn the CPU before starting it. */
function assertBounded(body: LabRunRequest): void {
  if (body.clients !== undefined && body.clients > LAB_MAX_CLIENTS) {
    throw new ApiError('unprocessable', `at most ${LAB_MAX_CLIENTS} clients per run`, [{ path: 'clients', message: `must be at most ${LAB_MAX_CLIENTS}`, rule: 'max' }]);
  }
  if (body.samples !== undefined && body.samples > LAB_MAX_SAMPLES) {
    throw new ApiError('unprocessable', `at most ${LAB_MAX_SAMPLES} sampled schedules per run`, [{ path: 'samples', message: `must be at most ${LAB_MAX_SAMPLES}`, rule: 'max' }]);
  }
}

function catalog(): LabCatalog {
  return {
    scenarios: Object.values(SCENARIOS).map((s) => ({
      id: s.id,
      title: s.title,
      description: s.description,
      expectation: s.expectation,
      clients: s.clients,
      gradedFaults: s.graded.map((faults) => [...faults]),
    })),
    strategies: Object.entries(STRATEGIES).map(([id, s]) => ({ id, ...s })),
    faults: Object.entries(FAULTS).map(([id, f]) => ({ id, ...f })),
    concepts: Object.entries(CONCEPTS).map(([id, c]) => ({ id, ...c })),
  };
}
