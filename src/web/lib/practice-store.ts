import { readStored, writeStored } from './local-store.ts';

/**
 * The candidate's practice data, kept only in this browser's localStorage:
 * drafts per question and a short history of their own answers. The server
 * stores nothing; "clear my practice data" removes every key below.
 */
const PREFIX = 'prescreen:practice:';
const HISTORY_KEY = `${PREFIX}history`;
const HISTORY_MAX = 50;

export interface PracticeAttempt {
  readonly at: string;
  readonly questionId: string;
  /** The question's topic, short enough for a list. */
  readonly topic: string;
  readonly answer: string;
  readonly score: number | null;
  /** Set when this answered a follow-up. */
  readonly followUpPrompt?: string;
}

/** A draft is keyed by where it is typed: a question, its follow-up, a mock turn. */
export function loadPracticeDraft(slot: string): string {
  const text = readStored<string>(`${PREFIX}draft:${slot}`);
  return typeof text === 'string' ? text : '';
}

export function savePracticeDraft(slot: string, text: string): void {
  writeStored(`${PREFIX}draft:${slot}`, text === '' ? null : text);
}

export function loadHistory(): PracticeAttempt[] {
  const list = readStored<PracticeAttempt[]>(HISTORY_KEY);
  return Array.isArray(list) ? list : [];
}

/** Newest first, at most 50 attempts. */
export function recordAttempt(attempt: PracticeAttempt): PracticeAttempt[] {
  const next = [attempt, ...loadHistory()].slice(0, HISTORY_MAX);
  writeStored(HISTORY_KEY, next);
  return next;
}

/** A mock screen under way: which questions, what was answered, where it stands. */
export interface MockRun {
  readonly run: string;
  readonly questionIds: readonly string[];
  readonly widened: boolean;
  readonly entries: readonly { readonly questionId: string; readonly answer: string; readonly followUps: readonly { readonly answer: string }[] }[];
  readonly followUpPrompt: string | null;
}

const mockKey = (track: string) => `${PREFIX}mock:${track}`;

/** The mock screen under way on this track, if one was left (a reload, a closed tab) and still reads as one. */
export function loadMockRun(track: string): MockRun | null {
  const run = readStored<MockRun>(mockKey(track));
  const wellFormed = run !== null && typeof run.run === 'string' && Array.isArray(run.questionIds) && Array.isArray(run.entries)
    && run.entries.length <= run.questionIds.length && run.entries.every((e, i) => e.questionId === run.questionIds[i] && typeof e.answer === 'string');
  return wellFormed ? run : null;
}

/** Keeps the run after every step; null forgets it (finished, or started over). */
export function saveMockRun(track: string, run: MockRun | null): void {
  writeStored(mockKey(track), run);
}

/** Removes every practice key from this browser. */
export function clearPracticeData(): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    for (const key of keys) window.localStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** The tracks a candidate can practise, by bank or by question type. */
export const TRACKS = [
  { id: 'all', label: 'All questions' },
  { id: 'distributed-systems', label: 'Distributed systems' },
  { id: 'backend', label: 'Backend' },
  { id: 'design-story', label: 'Design story' },
  { id: 'incident', label: 'Incident' },
  { id: 'behavioral', label: 'Behavioral' },
] as const;
export type TrackId = (typeof TRACKS)[number]['id'];

export function toTrack(value: string | null): TrackId {
  return TRACKS.find((t) => t.id === value)?.id ?? 'all';
}

export function inTrack(q: { readonly bank: string; readonly type: string }, track: TrackId): boolean {
  if (track === 'all') return true;
  if (track === 'behavioral') return q.type === 'behavioral';
  return q.bank === track;
}
