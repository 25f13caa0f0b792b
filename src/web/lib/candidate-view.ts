import { ApiError } from '../api/client.ts';
import type { InterviewView } from '../api/interview.ts';
import type { LoggedTurn } from './answer-store.ts';

/** "Question 2 of 6" or "Question 2 of 6 · follow-up". */
export function promptLabel(view: InterviewView): string {
  const q = view.question;
  if (!q) return '';
  const base = `Question ${q.number} of ${q.of}`;
  return q.kind === 'follow_up' ? `${base}, follow-up` : base;
}

/** The answered turns, which the API includes in the view on reads. */
export function serverLog(view: InterviewView): LoggedTurn[] {
  return (view.turns ?? []).flatMap((t) => (t.answer ? [{ seq: t.seq, prompt: t.prompt, kind: t.kind, answer: t.answer.text }] : []));
}

/** Why an invitation link does not open, in words for a candidate. */
export function linkProblem(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 404) return 'This link does not match an interview. Check that you copied the whole link from your invitation email.';
    if (error.status === 410) return 'This invitation is no longer valid: it has expired or was withdrawn. Reply to the invitation email to ask for a new link.';
    if (error.status === 0) return 'We cannot reach the server. Check your connection and reload this page; nothing you wrote is lost.';
    return error.problem.detail ?? error.problem.title;
  }
  return 'Something went wrong. Please reload the page.';
}
