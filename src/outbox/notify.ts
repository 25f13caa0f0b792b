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

export function notifyOutboxWritten(): void {
  for (const l of listeners) l();
}
