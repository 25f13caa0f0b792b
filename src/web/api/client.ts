/**
 * The web app's one door to the HTTP API. Every failure comes back as an
 * `ApiError` carrying the RFC 9457 problem (title, detail, code, and the
 * per-field `errors[]` that forms show next to the field they concern).
 */

export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export interface Problem {
  readonly type?: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly code?: string;
  readonly errors?: readonly FieldProblem[];
  readonly [extra: string]: unknown;
}

export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
  get code(): string | undefined {
    return this.problem.code;
  }
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

export interface ApiResponse<T> {
  readonly data: T;
  readonly status: number;
  readonly etag: string | null;
}

let csrfToken: string | null = null;

/** Remembered after sign-in; sent on every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const NETWORK_PROBLEM: Problem = {
  title: 'Cannot reach prescreen',
  status: 0,
  detail: 'The network seems to be down or the server is not answering. Please try again.',
  code: 'network',
};

function plainProblem(status: number, statusText: string): Problem {
  return { title: statusText || `Request failed (${status})`, status };
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'title' in value && 'status' in value;
}

/** Low-level request: JSON in, JSON out, problems thrown as ApiError. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(NETWORK_PROBLEM);
  }
  const body = await readBody(res);
  if (!res.ok) {
    throw new ApiError(isProblem(body) ? body : plainProblem(res.status, res.statusText));
  }
  return { data: body as T, status: res.status, etag: res.headers.get('etag') };
}

export async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await request<T>(path, signal ? { signal } : {})).data;
}

export async function post<T>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
  return (await request<T>(path, { method: 'POST', body: body ?? {}, ...(headers ? { headers } : {}) })).data;
}

/** Field errors from a problem, keyed by the first segment of their path. */
export function fieldErrors(error: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!(error instanceof ApiError)) return out;
  for (const e of error.problem.errors ?? []) {
    const key = String(e.path).replace(/^\/+/, '').split(/[./[]/)[0] || '_';
    (out[key] ??= []).push(e.message);
  }
  return out;
}

/** A sentence a person understands, for errors not tied to one field. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const p = error.problem;
    if (p.status === 401) return 'Your session has ended. Please sign in again.';
    if (p.status === 403) return 'You do not have permission to do that.';
    if (p.status === 404) return 'We could not find that. It may have been removed.';
    if (p.status === 429) return 'Too many attempts. Please wait a minute and try again.';
    return p.detail && p.detail !== p.title ? `${p.title}: ${p.detail}` : p.title;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

/** A fresh random key for one write (kept across its retries). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Messages of the problem's field errors whose path matches. */
export function errorsWhere(error: unknown, test: (path: string) => boolean): string[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem.errors ?? []).filter((e) => test(String(e.path))).map((e) => e.message);
}

/** Transient failures worth retrying with the same key. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.status === 0 || error.status >= 500 || error.code === 'idempotency_in_flight' || error.status === 429;
}

/**
 * POSTs a write that makes something new (a screen, a version, invitations,
 * an email, a report revision) under one Idempotency-Key for it and its
 * retries: a lost response or a restarting server is retried a few times,
 * and the server makes the thing once.
 */
export async function postOnce<T>(path: string, body?: unknown, attempts = 3): Promise<T> {
  const key = newIdempotencyKey();
  for (let attempt = 1; ; attempt++) {
    try {
      return await post<T>(path, body, { 'idempotency-key': key });
    } catch (err) {
      if (attempt >= attempts || !isRetryable(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 400 * attempt));
    }
  }
}
