import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { logIn, logOut, SESSION_DAYS, LOGIN_LIMIT } from '../../auth/users.ts';
import { ProblemSchema } from '../../schemas/common.ts';
import { principalOf, SESSION_COOKIE } from '../auth.ts';
import { ApiError } from '../errors.ts';
import type { AppContext } from '../context.ts';

const UserSchema = z.object({ id: z.string(), email: z.string(), name: z.string(), orgId: z.string(), role: z.string() });
const SessionSchema = z.object({ user: UserSchema, csrfToken: z.string() });
const LoginSchema = z
  .object({
    email: z.string().trim().email('must be an email address').max(200),
    password: z.string().min(1, 'is required').max(200),
  })
  .strict();

export const authRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.post('/auth/login', {
    config: { public: true },
    schema: { tags: ['auth'], summary: 'Sign in with email and password', body: LoginSchema, response: { 200: SessionSchema, 401: ProblemSchema, 429: ProblemSchema } },
  }, async (request, reply) => {
    const outcome = await logIn(db, request.body.email, request.body.password);
    if (!outcome.ok && outcome.reason === 'rate_limited') {
      reply.header('retry-after', String(LOGIN_LIMIT.windowMinutes * 60));
      throw new ApiError('rate_limited', `too many failed sign-ins for this email; try again in ${LOGIN_LIMIT.windowMinutes} minutes`);
    }
    if (!outcome.ok) throw new ApiError('unauthenticated', 'the email or the password is wrong', [{ path: 'password', message: 'the email or the password is wrong' }]);
    reply.setCookie(SESSION_COOKIE, outcome.sessionId, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
      maxAge: SESSION_DAYS * 86_400,
    });
    return { user: outcome.user, csrfToken: outcome.csrfToken };
  });

  app.get('/auth/me', {
    schema: { tags: ['auth'], summary: 'The signed-in person', response: { 200: SessionSchema, 401: ProblemSchema } },
  }, async (request) => {
    const principal = principalOf(request);
    if (!principal.user || !principal.csrfToken) throw new ApiError('unauthenticated', 'signed in with an API key, not as a person');
    return { user: principal.user, csrfToken: principal.csrfToken };
  });

  app.post('/auth/logout', {
    schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null() } },
  }, async (request, reply) => {
    principalOf(request);
    const sessionId = request.cookies[SESSION_COOKIE];
    if (sessionId) await logOut(db, sessionId);
    return reply.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).send(null);
  });
};
