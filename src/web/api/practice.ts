import type { MockReport, MockReportRequest, PracticeAnswerRequest, PracticeAnswerResult, PracticeQuestion, PracticeQuestionDetail } from '../../schemas/practice.ts';
import { get, post } from './client.ts';

/**
 * The practice API: public, no session, nothing stored on the server.
 * Types are inferred from the server's own schemas (src/schemas/practice.ts).
 */
export type { MockReport, PracticeAnswerResult, PracticeQuestion, PracticeQuestionDetail };

export async function listPracticeQuestions(signal?: AbortSignal): Promise<PracticeQuestion[]> {
  return (await get<{ items: PracticeQuestion[] }>('/api/v1/practice/questions', signal)).items;
}

export function fetchPracticeQuestion(id: string, signal?: AbortSignal): Promise<PracticeQuestionDetail> {
  return get<PracticeQuestionDetail>(`/api/v1/practice/questions/${encodeURIComponent(id)}`, signal);
}

export function scorePracticeAnswer(body: PracticeAnswerRequest): Promise<PracticeAnswerResult> {
  return post<PracticeAnswerResult>('/api/v1/practice/answers', body);
}

export function scoreMockScreen(body: MockReportRequest): Promise<MockReport> {
  return post<MockReport>('/api/v1/practice/mock-report', body);
}
