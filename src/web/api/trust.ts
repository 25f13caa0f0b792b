import type { Faq, FaqItem, ScreenRatings } from '../../schemas/candidate-trust.ts';
import { request } from './client.ts';

export type { Faq, FaqItem, ScreenRatings };

const faqPath = (screenId: string) => `/api/v1/screens/${encodeURIComponent(screenId)}/faq`;

/** The answers about the role of a screen's lineage, with their version (the ETag). */
export async function fetchFaq(screenId: string, signal?: AbortSignal): Promise<Faq> {
  return (await request<Faq>(faqPath(screenId), signal ? { signal } : {})).data;
}

/** Saves the answers over the version read; someone else's save in between is a 412. */
export async function saveFaq(screenId: string, version: number, items: readonly FaqItem[]): Promise<Faq> {
  return (await request<Faq>(faqPath(screenId), { method: 'PUT', body: { items }, headers: { 'if-match': `"${version}"` } })).data;
}

export const ratingsPath = (screenId: string) => `/api/v1/screens/${encodeURIComponent(screenId)}/ratings`;
