import { randomUUID } from 'node:crypto';
import type { Question } from '../../src/core/bank/index.ts';
import type { TestApp } from '../support/test-app.ts';
import type { Persona } from './personas.ts';

export interface Taken {
  readonly interviewId: string;
  readonly final: Record<string, any>;
  readonly report: Record<string, any>;
}

/**
 * A persona takes a whole screen through the candidate API, as a browser
 * would: start, answer each turn with a fresh Idempotency-Key, and
 * optionally drop off after `disconnectAfter` answers and come back.
 */
export async function takeScreen(
  t: TestApp,
  screenId: string,
  bank: ReadonlyMap<string, Question>,
  persona: Persona,
  options: { disconnectAfter?: number } = {},
): Promise<Taken> {
  const created = await t.call({ method: 'POST', url: `/api/v1/screens/${screenId}/invitations`, payload: { candidates: [{ name: persona.name, email: `${persona.name}@example.com` }] } });
  const { token, interviewId } = created.json().items[0];
  const base = `/api/v1/interviews/${token}`;
  let view = (await t.app.inject({ method: 'POST', url: `${base}/start` })).json();
  let answered = 0;
  while (view.status === 'in_progress') {
    if (options.disconnectAfter === answered) {
      // The browser closes; the candidate opens the same link again.
      view = (await t.app.inject({ method: 'GET', url: base })).json();
    }
    const question = bank.get(view.question.questionId)!;
    const text = view.question.kind === 'question' ? persona.answer(question) : persona.followUp(question, view.question.text);
    const res = await t.app.inject({ method: 'POST', url: `${base}/answers`, payload: { seq: view.seq, text }, headers: { 'idempotency-key': randomUUID() } });
    if (res.statusCode !== 200) throw new Error(`${persona.name}: ${res.statusCode} ${res.body}`);
    view = res.json();
    answered++;
  }
  const report = (await t.call({ method: 'GET', url: `/api/v1/interviews/${interviewId}/report` })).json();
  return { interviewId, final: view, report };
}
