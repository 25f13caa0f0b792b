import { readStored, writeStored } from './local-store.ts';

/**
 * What the candidate page keeps on the device so a reload loses nothing:
 * the draft of the current turn, and an answer that was sent but not yet
 * acknowledged, with the Idempotency-Key it was sent with.
 */
export interface PendingAnswer {
  readonly seq: number;
  readonly text: string;
  readonly key: string;
  /** The prompt it answers, to show the turn in the conversation afterwards. */
  readonly prompt: string;
  readonly kind: 'question' | 'follow_up';
}

export interface LoggedTurn {
  readonly seq: number;
  readonly prompt: string;
  readonly kind: 'question' | 'follow_up';
  readonly answer: string;
}

const prefix = (token: string) => `prescreen:${token.slice(0, 64)}`;

export function loadDraft(token: string, seq: number): string {
  const draft = readStored<{ seq: number; text: string }>(`${prefix(token)}:draft`);
  return draft?.seq === seq ? draft.text : '';
}

export function saveDraft(token: string, seq: number, text: string): void {
  writeStored(`${prefix(token)}:draft`, text === '' ? null : { seq, text });
}

export function loadPending(token: string): PendingAnswer | null {
  return readStored<PendingAnswer>(`${prefix(token)}:pending`);
}

export function savePending(token: string, pending: PendingAnswer | null): void {
  writeStored(`${prefix(token)}:pending`, pending);
}

/** The conversation so far, for showing it again after a reload. */
export function loadLog(token: string): LoggedTurn[] {
  return readStored<LoggedTurn[]>(`${prefix(token)}:log`) ?? [];
}

export function appendLog(token: string, turn: LoggedTurn): LoggedTurn[] {
  const log = loadLog(token).filter((t) => t.seq !== turn.seq);
  const next = [...log, turn].sort((a, b) => a.seq - b.seq);
  writeStored(`${prefix(token)}:log`, next);
  return next;
}
