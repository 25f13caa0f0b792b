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
    async publishedScreen(title: string, role: string, questions = SCREEN_QUESTIONS): Promise<{ id: string }> {
      const created = await json<{ id: string; version: number }>(
        await page.request.post('/api/v1/screens', {
          headers,
          data: { title, role, questions: questions.map((questionId) => ({ questionId })), timeBudgetMinutes: 25, passThreshold: 60 },
        }),
        'create screen',
      );
      await json(await page.request.post(`/api/v1/screens/${created.id}/publish`, { headers: { ...headers, 'if-match': `"${created.version}"` } }), 'publish');
      return created;
    },
    async invite(screenId: string, candidates: { name: string; email: string }[]): Promise<InvitationOut[]> {
      const out = await json<{ items: InvitationOut[] }>(
        await page.request.post(`/api/v1/screens/${screenId}/invitations`, { headers, data: { candidates } }),
        'invite',
      );
      return out.items;
    },
  };
}

interface View {
  status: string;
  seq: number;
  question: { text: string; kind: string } | null;
}

/** A whole interview through the candidate API, answering every turn with `answerFor`. */
export async function takeInterview(baseUrl: string, token: string, answerFor: (q: { text: string; kind: string }, turn: number) => string): Promise<void> {
  const url = `${baseUrl}/api/v1/interviews/${token}`;
  const post = async (path: string, body: unknown, extra: Record<string, string> = {}) => {
    const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...extra }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path} failed (${res.status}): ${await res.text()}`);
    return (await res.json()) as View;
  };
  let view = await post('/start', {});
  for (let turn = 0; view.status === 'in_progress' && view.question && turn < 40; turn++) {
    view = await post('/answers', { seq: view.seq, text: answerFor(view.question, turn) }, { 'idempotency-key': randomUUID() });
  }
  if (view.status !== 'completed') throw new Error(`interview ended as ${view.status}`);
}
