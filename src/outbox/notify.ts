/**
 * In-process nudge: after a commit that wrote to the outbox, wake the
 * dispatcher instead of waiting for its next poll. Purely an optimisation;
 * the poll delivers everything anyway (and other instances rely on it).
 */
const listeners = new Set<() => void>();

export function onOutboxWritten(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let written = false;

/** Called where rows are added to the outbox (inside a transaction that may still roll back). */
export function markOutboxWritten(): void {
  written = true;
}

/** After a commit: wakes the dispatcher if anything was written since the last wake. */
export function notifyOutboxWritten(): void {
  if (!written) return;
  written = false;
  for (const l of listeners) l();
}
