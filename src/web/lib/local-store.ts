/**
 * JSON values in this browser's localStorage, for the candidate's and the
 * practising visitor's on-device copies. Storage can be full, disabled or
 * hold something unreadable: reading then gives null and writing does
 * nothing, so the page still works, only without the saved copy.
 */
export function readStored<T>(key: string): T | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as T);
  } catch {
    return null;
  }
}

/** Stores `value` as JSON under `key`; null removes the key. */
export function writeStored(key: string, value: unknown): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the page still works, only without the safety net.
  }
}
