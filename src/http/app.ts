import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { LoggerOptions } from 'pino';
import { registerAuth } from './auth.ts';
import { ApiError } from './errors.ts';
import { noRouteFor } from './no-route.ts';
import type { AppContext } from './context.ts';
import { registerMetrics } from './metrics.ts';
import { sendProblem } from './problem.ts';
import { refuseUnstorableText } from './storable-text.ts';
import { authRoutes } from './routes/auth.ts';
import { healthRoutes } from './routes/health.ts';
import { interviewApi } from './routes/interview-api.ts';
import { labRoutes } from './routes/lab.ts';
import { practiceRoutes } from './routes/practice.ts';
import { questionRoutes } from './routes/questions.ts';
import { screenRoutes } from './routes/screens.ts';
import { registerWeb } from './web.ts';
import type { ScoringPool } from '../interviews/scoring-pool.ts';
import { scoreService } from '../interviews/scoring.ts';
import { startLabRunner, type LabRunner } from '../lab/lab-runner.ts';

export interface AppOptions extends AppContext {
  readonly logger?: LoggerOptions | boolean;
  /** Serve the built web app (off in API tests). */
  readonly web?: boolean;
  /**
   * Check every response against its zod schema before sending (tests: on).
   * Off in production: handlers build their responses field by field, and
   * re-parsing large bodies cost 3 ms a request (bench/RESULTS.md).
   */
  readonly validateResponses?: boolean;
  /** Score answers on worker threads instead of the event loop (src/interviews/scoring-pool.ts). */
  readonly scoringPool?: ScoringPool;
  /** Where concurrency-lab runs are computed (default: a worker thread of this app's own, closed with it). */
  readonly labRunner?: LabRunner;
}

export interface RouteEntry {
  readonly method: string;
  readonly url: string;
  readonly public: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route, for the tenant-isolation test that must cover them all. */
    routeList: readonly RouteEntry[];
  }
}

/** Candidate tokens travel in the path: they are credentials, so logs show only their first characters. */
export function maskTokens(url: string): string {
  return url.replace(/(\/interviews\/|\/i\/)([A-Za-z0-9_-]{6})[A-Za-z0-9_-]{10,}/g, '$1$2…');
}

function withMaskedTokens(logger: LoggerOptions | boolean): LoggerOptions | boolean {
  if (logger === false) return false;
  const base = logger === true ? {} : logger;
  return {
    ...base,
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ method: req.method, url: maskTokens(req.url), reqId: req.id }),
    },
  };
}

/** 256 KiB: far above any honest answer or screen, small enough to refuse abuse cheaply. */
export const BODY_LIMIT = 256 * 1024;

/** A configured Fastify instance; `server.ts` listens, tests call `inject()`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: withMaskedTokens(options.logger ?? false),
    bodyLimit: BODY_LIMIT,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: 'x-request-id',
    ajv: { customOptions: { removeAdditional: false } },
    // Long ids reach the schemas, which name the field and the rule, instead of the router's bare 414.
    routerOptions: { maxParamLength: 1_000 },
    // Errors the router raises before any route (a malformed %-escape) get problem+json like every other.
    frameworkErrors: (error, request, reply) => {
      sendProblem(new ApiError('validation_failed', `the URL is not valid: ${error.message}`, [{ path: 'url', message: 'is not a valid URL', rule: 'url' }]), request, reply);
    },
  }).withTypeProvider<ZodTypeProvider>();
  const routes: RouteEntry[] = [];
  app.decorate('routeList', routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url, public: Boolean(route.config?.public) });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(options.validateResponses === false ? () => (data) => JSON.stringify(data) : serializerCompiler);
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  app.addHook('preValidation', refuseUnstorableText);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  const lab = options.labRunner ?? startLabRunner();
  if (!options.labRunner) app.addHook('onClose', () => lab.close());

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'prescreen API', version: '1.0.0', description: 'Screening interviews with explainable scores.' },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } } },
      security: [{ apiKey: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  registerAuth(app, options.db);
  registerMetrics(app);
  const context: AppContext = { db: options.db, backend: options.backend, catalog: options.catalog, publicUrl: options.publicUrl };
  await app.register(healthRoutes, context);
  await app.register(async (api) => {
    await api.register(authRoutes, context);
    await api.register(questionRoutes, context);
    await api.register(screenRoutes, context);
    await api.register(interviewApi, { ...context, ...(options.scoringPool ? { scoringPool: options.scoringPool } : {}) });
    await api.register(labRoutes, { lab });
    await api.register(practiceRoutes, { ...context, score: scoreService(options.scoringPool) });
  }, { prefix: '/api/v1' });
  if (options.web !== false) await registerWeb(app);
  else {
    app.setNotFoundHandler(async (request, reply) => {
      throw noRouteFor(app, request, reply);
    });
  }
  return app;
}
