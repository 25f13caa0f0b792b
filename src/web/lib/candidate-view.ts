import { ApiError } from '../api/client.ts';
import type { InterviewView, PastTurn } from '../api/interview.ts';
import type { LoggedTurn } from './answer-store.ts';

/** "Question 2 of 6" or "Question 2 of 6 · follow-up". */
export function promptLabel(view: InterviewView): string {
  const q = view.question;
  if (!q) return '';
  const of = q.of ?? view.questionCount ?? view.screen?.questionCount;
  const base = q.number !== undefined && of !== undefined ? `Question ${q.number} of ${of}` : 'Question';
  return q.kind === 'follow_up' ? `${base}, follow-up` : base;
}

function answerText(t: PastTurn): string | null {
  if (typeof t.answer === 'string') return t.answer;
  if (t.answer && typeof t.answer === 'object') return t.answer.text;
  return null;
}

/** The answered turns, when the API includes them in the view. */
export function serverLog(view: InterviewView): LoggedTurn[] {
  const turns = view.turns ?? view.transcript ?? [];
  const out: LoggedTurn[] = [];
  for (const t of turns) {
    const answer = answerText(t);
    const prompt = t.prompt ?? t.text;
    if (answer !== null && prompt !== undefined) out.push({ seq: t.seq, prompt, kind: t.kind ?? 'question', answer });
  }
  return out;
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
