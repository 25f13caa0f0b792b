import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { findOrgByApiKey } from '../auth/api-keys.ts';
import { findSession, type SessionUser } from '../auth/users.ts';
import type { Database } from '../db/index.ts';
import { ApiError } from './errors.ts';

export const SESSION_COOKIE = 'ps_session';

/** Who is calling: an organisation, and the key or person acting for it. */
export interface Principal {
  readonly orgId: string;
  /** For the audit log: `key:<id>` or `user:<email>`. */
  readonly actor: string;
  readonly user: SessionUser | null;
  readonly csrfToken: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** Routes that authenticate otherwise (sign-in, candidate tokens, health). */
    public?: boolean;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every /api/v1 route needs a Bearer API key or a session cookie unless its
 * config says `public`. A cookie-authenticated change must also carry the
 * session's CSRF token in `x-csrf-token`.
 */
export function registerAuth(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    // The matched route, not the raw URL: `/%61pi/v1/…` routes to /api/v1 too.
    const route = request.routeOptions.url;
    if (route === undefined || !route.startsWith('/api/v1/') || request.routeOptions.config?.public) return;
    request.principal = await authenticate(db, request);
  });
}

async function authenticate(db: Kysely<Database>, request: FastifyRequest): Promise<Principal> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const found = match?.[1] ? await findOrgByApiKey(db, match[1]) : null;
    if (!found) throw new ApiError('unauthenticated', 'the API key is missing, malformed, unknown or revoked');
    return { orgId: found.orgId, actor: `key:${found.keyId}`, user: null, csrfToken: null };
  }
  const sessionId = request.cookies?.[SESSION_COOKIE];
  const session = sessionId ? await findSession(db, sessionId) : null;
  if (!session) throw new ApiError('unauthenticated', 'send Authorization: Bearer <api key>, or sign in');
  if (UNSAFE.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
    throw new ApiError('csrf_failed', 'send the x-csrf-token header given at sign-in');
  }
  return { orgId: session.user.orgId, actor: `user:${session.user.email}`, user: session.user, csrfToken: session.csrfToken };
}

/** The caller of an authenticated route (the hook guarantees one). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new ApiError('unauthenticated');
  return request.principal;
}
