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

function read<T>(key: string): T | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as T);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the page still works, only without the safety net.
  }
}

export function loadDraft(token: string, seq: number): string {
  const draft = read<{ seq: number; text: string }>(`${prefix(token)}:draft`);
  return draft?.seq === seq ? draft.text : '';
}

export function saveDraft(token: string, seq: number, text: string): void {
  write(`${prefix(token)}:draft`, text === '' ? null : { seq, text });
}

export function loadPending(token: string): PendingAnswer | null {
  return read<PendingAnswer>(`${prefix(token)}:pending`);
}

export function savePending(token: string, pending: PendingAnswer | null): void {
  write(`${prefix(token)}:pending`, pending);
}

/** The conversation so far, for showing it again after a reload. */
export function loadLog(token: string): LoggedTurn[] {
  return read<LoggedTurn[]>(`${prefix(token)}:log`) ?? [];
}

export function appendLog(token: string, turn: LoggedTurn): LoggedTurn[] {
  const log = loadLog(token).filter((t) => t.seq !== turn.seq);
  const next = [...log, turn].sort((a, b) => a.seq - b.seq);
  write(`${prefix(token)}:log`, next);
  return next;
}
