import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';

/**
 * Set-up through the real HTTP API, for what a scenario does not test
 * through the UI. Recruiter calls ride on the signed-in browser context's
 * cookie and carry its CSRF token; candidate calls use only the token.
 */
export const SCREEN_QUESTIONS = ['ds-experience', 'ds-solved-problem', 'ds-network-partition', 'be-incident', 'motivation-role', 'ds-dht'];

export interface InvitationOut {
  readonly id: string;
  readonly interviewId: string;
  readonly token: string;
  readonly link: string;
  readonly status: string;
}

async function json<T>(res: { ok(): boolean; status(): number; text(): Promise<string> }, what: string): Promise<T> {
  const text = await res.text();
  if (!res.ok()) throw new Error(`${what} failed (${res.status()}): ${text}`);
  return JSON.parse(text) as T;
}

export async function recruiterApi(page: Page) {
  const me = await json<{ csrfToken: string }>(await page.request.get('/api/v1/auth/me'), 'auth/me');
  const headers = { 'x-csrf-token': me.csrfToken };
  return {
    /** A screen of 25 minutes, pass at 60, published; `candidateFeedback` is sent only when given. */
    async publishedScreen(title: string, role: string, settings: { questions?: readonly string[]; candidateFeedback?: boolean } = {}): Promise<{ id: string }> {
      const { questions = SCREEN_QUESTIONS, candidateFeedback } = settings;
      const created = await json<{ id: string; version: number }>(
        await page.request.post('/api/v1/screens', {
          headers,
          data: {
            title, role, questions: questions.map((questionId) => ({ questionId })), timeBudgetMinutes: 25, passThreshold: 60,
            ...(candidateFeedback === undefined ? {} : { candidateFeedback }),
          },
        }),
        'create screen',
      );
      await json(await page.request.post(`/api/v1/screens/${created.id}/publish`, { headers: { ...headers, 'if-match': `"${created.version}"` } }), 'publish');
      return created;
    },
    async invite(screenId: string, candidates: { name: string; email: string; extraTimeFactor?: number }[]): Promise<InvitationOut[]> {
      const out = await json<{ items: InvitationOut[] }>(
        await page.request.post(`/api/v1/screens/${screenId}/invitations`, { headers, data: { candidates } }),
        'invite',
      );
      return out.items;
    },
  };
}

export interface CandidateView {
  readonly status: string;
  readonly seq: number;
  readonly question: { readonly text: string; readonly kind: string } | null;
}

type AnswerFor = (q: { text: string; kind: string }, turn: number) => string;

/** The candidate API for one token; every call must succeed. */
function candidateApi(baseUrl: string, token: string) {
  const url = `${baseUrl}/api/v1/interviews/${token}`;
  const call = async (path: string, post?: { body: unknown; headers?: Record<string, string> }) => {
    const res = await fetch(
      `${url}${path}`,
      post && { method: 'POST', headers: { 'content-type': 'application/json', ...post.headers }, body: JSON.stringify(post.body) },
    );
    if (!res.ok) throw new Error(`${path || 'view'} failed (${res.status}): ${await res.text()}`);
    return (await res.json()) as CandidateView;
  };
  return {
    view: () => call(''),
    start: () => call('/start', { body: {} }),
    answer: (seq: number, text: string) => call('/answers', { body: { seq, text }, headers: { 'idempotency-key': randomUUID() } }),
  };
}

/**
 * Answers every turn left in a started interview through the candidate API,
 * each with `answerFor` and a fresh Idempotency-Key; returns the last view.
 */
export async function answerTheRest(baseUrl: string, token: string, answerFor: AnswerFor, from?: CandidateView): Promise<CandidateView> {
  const api = candidateApi(baseUrl, token);
  let view = from ?? (await api.view());
  for (let turn = 0; view.status === 'in_progress' && view.question && turn < 40; turn++) {
    view = await api.answer(view.seq, answerFor(view.question, turn));
  }
  return view;
}

/** A whole interview through the candidate API, answering every turn with `answerFor`. */
export async function takeInterview(baseUrl: string, token: string, answerFor: AnswerFor): Promise<void> {
  const view = await answerTheRest(baseUrl, token, answerFor, await candidateApi(baseUrl, token).start());
  if (view.status !== 'completed') throw new Error(`interview ended as ${view.status}`);
}
