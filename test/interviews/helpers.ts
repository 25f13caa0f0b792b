import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { validScreenBody } from '../support/screens.ts';
import type { Dialect } from '../support/dialects.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** A fresh test app of `dialect` with one published screen of organisation A. */
export async function appWithPublishedScreen(dialect: Dialect): Promise<{ t: TestApp; screenId: string }> {
  const t = await createTestApp(dialect);
  return { t, screenId: await publishedScreen(t) };
}

/** A published screen of organisation A: its id. */
export async function publishedScreen(t: TestApp, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await t.call({ method: 'POST', url: '/api/v1/screens', payload: validScreenBody(overrides) });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const published = await t.call({ method: 'POST', url: `/api/v1/screens/${id}/publish`, headers: { 'if-match': '"1"' } });
  expect(published.statusCode, published.body).toBe(200);
  return id;
}

export interface InvitedCandidate {
  readonly id: string;
  readonly interviewId: string;
  readonly token: string;
  readonly link: string;
  readonly status: string;
}

export async function invite(t: TestApp, screenId: string, candidates: { name: string; email: string; extraTimeFactor?: number }[], extra: object = {}): Promise<InvitedCandidate[]> {
  const res = await t.call({ method: 'POST', url: `/api/v1/screens/${screenId}/invitations`, payload: { candidates, ...extra } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().items;
}

/** The candidate's side: no API key, only the token. */
export function candidate(t: TestApp, token: string) {
  const base = `/api/v1/interviews/${token}`;
  return {
    view: () => t.app.inject({ method: 'GET', url: base }),
    start: () => t.app.inject({ method: 'POST', url: `${base}/start` }),
    answer: (seq: number, text: string, key: string | null = randomUUID()) =>
      t.app.inject({ method: 'POST', url: `${base}/answers`, payload: { seq, text }, headers: key === null ? {} : { 'idempotency-key': key } }),
  };
}

/** A candidate invited (as `name`, `name@example.com`) who has started the interview. */
export async function startedCandidate(t: TestApp, screenId: string, name: string) {
  const [inv] = await invite(t, screenId, [{ name, email: `${name.toLowerCase()}@example.com` }]);
  const c = candidate(t, inv!.token);
  expect((await c.start()).statusCode).toBe(200);
  return { inv: inv!, c };
}

/** Answers every turn with what `answerFor` says until the interview ends; returns the last view. */
export async function takeInterview(t: TestApp, token: string, answerFor: (prompt: { kind: string; text: string; questionId: string }) => string) {
  const c = candidate(t, token);
  let view = (await c.start()).json();
  for (let guard = 0; view.status === 'in_progress' && guard < 40; guard++) {
    const res = await c.answer(view.seq, answerFor(view.question));
    expect(res.statusCode, res.body).toBe(200);
    view = res.json();
  }
  return view;
}
