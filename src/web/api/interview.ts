import type { CandidateViewWithTrust, TrustExtras } from '../../interviews/candidate-trust.ts';
import { request } from './client.ts';

/**
 * The candidate's view of the interview (GET /api/v1/interviews/{token}),
 * typed by what the server builds (src/interviews/candidate-view.ts): a
 * type-only import, nothing of the server is bundled.
 */
export type InterviewView = CandidateViewWithTrust;
export type Prompt = NonNullable<InterviewView['question']>;
export type TimeReport = InterviewView['time'];
export type PastTurn = NonNullable<InterviewView['turns']>[number];
export type Rating = NonNullable<TrustExtras['rating']>;

const base = (token: string) => `/api/v1/interviews/${encodeURIComponent(token)}`;

export async function fetchInterview(token: string): Promise<InterviewView> {
  return (await request<InterviewView>(base(token))).data;
}

export async function startInterview(token: string): Promise<InterviewView> {
  return (await request<InterviewView>(`${base(token)}/start`, { method: 'POST', body: {} })).data;
}

/**
 * Submit one answer. The same key must be sent for every retry of the same
 * answer: the server records it once and replays its first response.
 */
export async function submitAnswer(token: string, seq: number, text: string, key: string): Promise<InterviewView> {
  const res = await request<InterviewView>(`${base(token)}/answers`, { method: 'POST', body: { seq, text }, headers: { 'idempotency-key': key } });
  return res.data;
}

/**
 * Rate the interview once it is over. One rating per interview: the same
 * rating sent again (a retry) is answered as before, a different one is 409.
 */
export async function rateInterview(token: string, stars: number, comment: string): Promise<Rating> {
  const body = comment.trim() ? { stars, comment: comment.trim() } : { stars };
  return (await request<Rating>(`${base(token)}/rating`, { method: 'POST', body })).data;
}
