import { ApiError, request } from './client.ts';

/** The candidate's view of the interview (GET /api/v1/interviews/{token}). */
export interface Prompt {
  readonly kind?: 'question' | 'follow_up';
  readonly text: string;
  readonly questionId?: string;
  readonly number?: number;
  readonly of?: number;
  readonly followUpNumber?: number;
}

export interface TimeReport {
  readonly budgetSeconds: number;
  readonly usedSeconds: number;
  readonly leftSeconds: number;
  readonly inGrace?: boolean;
}

export interface PastTurn {
  readonly seq: number;
  readonly kind?: 'question' | 'follow_up';
  readonly prompt?: string;
  readonly text?: string;
  readonly answer?: string | { readonly text: string } | null;
}

export interface InterviewView {
  readonly interviewId: string;
  readonly status: 'not_started' | 'in_progress' | 'completed' | 'expired' | string;
  readonly seq: number;
  readonly question: Prompt | null;
  readonly time?: TimeReport;
  readonly canResume?: boolean;
  readonly endReason?: string | null;
  readonly answeredTurns?: number;
  readonly candidate?: { readonly name?: string };
  readonly screen?: {
    readonly title?: string;
    readonly role?: string;
    readonly questionCount?: number;
    readonly timeBudgetMinutes?: number;
    readonly organisation?: string;
  };
  readonly role?: string;
  readonly title?: string;
  readonly questionCount?: number;
  readonly timeBudgetMinutes?: number;
  readonly accommodations?: { readonly extraTimeFactor?: number };
  /** How answers are judged, in plain words (BRIEF §10). */
  readonly howAnswersAreJudged?: readonly string[];
  readonly dataUse?: string;
  /** What is stored, who sees it, how long it is kept. */
  readonly dataUseDetails?: readonly { readonly topic: string; readonly text: string }[];
  /** The hiring team's answers to questions candidates ask about the role. */
  readonly faq?: readonly { readonly question: string; readonly answer: string }[];
  /** Strengths and things to work on, once finished, when the screen gives feedback. */
  readonly feedback?: { readonly strengths: readonly string[]; readonly gaps: readonly string[] } | null;
  readonly canRate?: boolean;
  readonly rating?: Rating | null;
  readonly turns?: readonly PastTurn[];
  readonly transcript?: readonly PastTurn[];
}

export interface Rating {
  readonly stars: number;
  readonly comment: string | null;
  readonly createdAt?: string;
}

const base = (token: string) => `/api/v1/interviews/${encodeURIComponent(token)}`;

export async function fetchInterview(token: string): Promise<InterviewView> {
  return (await request<InterviewView>(base(token))).data;
}

export async function startInterview(token: string): Promise<InterviewView | null> {
  const res = await request<unknown>(`${base(token)}/start`, { method: 'POST', body: {} });
  return asView(res.data);
}

/**
 * Submit one answer. The same key must be sent for every retry of the same
 * answer: the server records it once and replays its first response.
 */
export async function submitAnswer(token: string, seq: number, text: string, key: string): Promise<InterviewView | null> {
  const res = await request<unknown>(`${base(token)}/answers`, {
    method: 'POST',
    body: { seq, text },
    headers: { 'idempotency-key': key },
  });
  return asView(res.data);
}

/**
 * Rate the interview once it is over. One rating per interview: the same
 * rating sent again (a retry) is answered as before, a different one is 409.
 */
export async function rateInterview(token: string, stars: number, comment: string): Promise<Rating> {
  const body = comment.trim() ? { stars, comment: comment.trim() } : { stars };
  return (await request<Rating>(`${base(token)}/rating`, { method: 'POST', body })).data;
}

/** The API may answer with the new view, or wrap it; anything else means "refetch". */
export function asView(data: unknown): InterviewView | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (typeof d.status === 'string' && typeof d.seq === 'number' && 'question' in d) return d as unknown as InterviewView;
  for (const k of ['interview', 'view', 'state']) {
    const inner = d[k];
    if (typeof inner === 'object' && inner !== null) {
      const v = asView(inner);
      if (v) return v;
    }
  }
  return null;
}
