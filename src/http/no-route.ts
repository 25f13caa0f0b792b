import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.ts';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * Why a request found no route: the path exists with other methods (405,
 * naming them in Allow, so a client sees its mistake), or it does not (404).
 */
export function noRouteFor(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply): ApiError {
  const path = request.url.split('?')[0] ?? '';
  const allowed = METHODS.filter((method) => app.findRoute({ method, url: path }) !== null);
  if (allowed.length === 0) return new ApiError('not_found', `no route ${request.method} ${path}`);
  reply.header('allow', allowed.join(', '));
  return new ApiError('method_not_allowed', `${path} answers ${allowed.join(', ')}, not ${request.method}`);
}
