/**
 * Every error the API can answer, with a stable code, its HTTP status and a
 * title. Documented in docs/ERRORS.md; mapped to RFC 9457 problem+json in
 * problem.ts and nowhere else.
 */
export const ERRORS = {
  validation_failed: { status: 400, title: 'The request is not valid' },
  malformed_json: { status: 400, title: 'The body is not valid JSON' },
  unsupported_media_type: { status: 415, title: 'The body must be application/json' },
  body_too_large: { status: 413, title: 'The body is too large' },
  idempotency_key_missing: { status: 400, title: 'An Idempotency-Key header is required' },
  unauthenticated: { status: 401, title: 'Authentication is required' },
  csrf_failed: { status: 403, title: 'The CSRF token is missing or wrong' },
  forbidden: { status: 403, title: 'Not allowed' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'This method is not allowed here' },
  conflict: { status: 409, title: 'Conflict' },
  screen_locked: { status: 409, title: 'The screen is published and locked' },
  stale_sequence: { status: 409, title: 'That turn is no longer current' },
  already_rated: { status: 409, title: 'This interview has already been rated' },
  already_invited: { status: 409, title: 'This candidate already has a live invitation to this screen' },
  idempotency_in_flight: { status: 409, title: 'A request with this Idempotency-Key is still in progress' },
  stale_version: { status: 412, title: 'The resource changed since you read it' },
  precondition_required: { status: 428, title: 'An If-Match header is required' },
  composition_rules_broken: { status: 422, title: 'The screen breaks the composition rules' },
  idempotency_key_reused: { status: 422, title: 'This Idempotency-Key was used with a different request' },
  unprocessable: { status: 422, title: 'The request cannot be processed' },
  gone: { status: 410, title: 'Gone' },
  rate_limited: { status: 429, title: 'Too many attempts' },
  internal: { status: 500, title: 'Internal error' },
  not_ready: { status: 503, title: 'Not ready' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERRORS;

export interface FieldError {
  readonly path: string;
  readonly message: string;
  /** The rule that was broken (a zod issue code or a composition rule). */
  readonly rule?: string;
}

/** An expected failure on its way to the client; anything else is a bug (500). */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors?: readonly FieldError[],
    /** Extra members of the problem document (e.g. the current state on a 409). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(detail ?? ERRORS[code].title);
    this.status = ERRORS[code].status;
  }
}
