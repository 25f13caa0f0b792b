import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiError, ERRORS, type ErrorCode, type FieldError } from './errors.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

export function problemOf(code: ErrorCode, detail?: string, errors?: readonly FieldError[], extra?: Record<string, unknown>): Problem {
  const { status, title } = ERRORS[code];
  return {
    ...extra,
    type: `https://prescreen.dev/errors/${code}`,
    title,
    status,
    code,
    ...(detail !== undefined ? { detail } : {}),
    ...(errors && errors.length > 0 ? { errors: [...errors] } : {}),
  };
}

/** The one place where errors become HTTP responses. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const problem = toProblem(error, request);
  if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
  return reply.status(problem.status).type('application/problem+json').send({ ...problem, instance: request.url });
}

function toProblem(error: unknown, request: FastifyRequest): Problem {
  if (error instanceof ApiError) return problemOf(error.code, error.detail, error.errors, error.extra);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as FastifyError).validationContext ?? 'body';
    const errors = error.validation.map((v) => ({
      path: joinPath(where, v.instancePath),
      message: v.message ?? 'is not valid',
      rule: v.keyword,
    }));
    if (where === 'headers' && errors.every((e) => e.path === 'idempotency-key' && e.rule === 'invalid_type')) {
      return problemOf('idempotency_key_missing', 'send an Idempotency-Key header: a fresh random value per answer, sent again unchanged on its retries', errors);
    }
    return problemOf('validation_failed', `the ${where} has ${errors.length} problem(s)`, errors);
  }
  const fastifyError = error as FastifyError;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return malformedJson(fastifyError.message);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problemOf('body_too_large', fastifyError.message);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problemOf('unsupported_media_type', fastifyError.message);
  }
  if (fastifyError instanceof SyntaxError) return malformedJson(fastifyError.message);
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return { ...problemOf('unprocessable', fastifyError.message), status };
  }
  void request;
  return problemOf('internal', 'something went wrong on our side; it has been logged');
}

function malformedJson(message: string): Problem {
  return problemOf('malformed_json', message, [{ path: 'body', message: `is not valid JSON: ${message}`, rule: 'json' }]);
}

function joinPath(where: string, instancePath: string): string {
  const parts = instancePath.split('/').filter(Boolean);
  return parts.length === 0 ? where : parts.join('.');
}
