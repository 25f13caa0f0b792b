import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CompetencySchema, QuestionSchema, QuestionTypeSchema } from '../../core/bank/index.ts';
import { IdParamsSchema, listOf, ProblemSchema } from '../../schemas/common.ts';
import { principalOf } from '../auth.ts';
import { ApiError } from '../errors.ts';
import type { AppContext } from '../context.ts';

const CatalogQuestionSchema = QuestionSchema.safeExtend({ source: z.enum(['bank', 'org']) });
const FiltersSchema = z
  .object({
    type: QuestionTypeSchema.optional(),
    competency: CompetencySchema.optional(),
    bank: z.string().max(40).optional(),
    q: z.string().max(200).optional(),
  })
  .strict();

export const questionRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { catalog }) => {
  app.get('/questions', {
    schema: { tags: ['questions'], summary: 'The bank and the organisation’s own questions', querystring: FiltersSchema, response: { 200: listOf(CatalogQuestionSchema), 401: ProblemSchema } },
  }, async (request, reply) => {
    // Already JSON: Fastify sends strings as they are, skipping serialisation.
    const body: unknown = await catalog.listJson(principalOf(request).orgId, request.query);
    return reply.type('application/json').send(body as { items: [] });
  });

  app.get('/questions/:id', {
    schema: { tags: ['questions'], summary: 'One question with its rubric', params: IdParamsSchema, response: { 200: CatalogQuestionSchema, 404: ProblemSchema } },
  }, async (request) => {
    const question = await catalog.find(principalOf(request).orgId, request.params.id);
    if (!question) throw new ApiError('not_found', `no question ${request.params.id}`);
    return question;
  });

  app.post('/questions', {
    schema: { tags: ['questions'], summary: 'Add an organisation question (bank schema)', body: QuestionSchema, response: { 201: CatalogQuestionSchema, 409: ProblemSchema, 422: ProblemSchema } },
  }, async (request, reply) => {
    const { orgId } = principalOf(request);
    const question = { ...request.body, bank: 'custom' as const };
    if ((await catalog.add(orgId, question)) === 'exists') {
      throw new ApiError('conflict', `a question with id ${question.id} already exists`, [{ path: 'id', message: 'is already taken', rule: 'unique' }]);
    }
    return reply.status(201).send({ ...question, source: 'org' as const });
  });
};
