import { sha256Hex } from './sha256.ts';

/**
 * JSON with object keys sorted at every depth, so the same content always
 * serialises to the same bytes whatever order its keys were built in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** What publishing freezes, and so what the rubric hash covers. */
export interface LockedContent {
  readonly questions: readonly unknown[];
  readonly timeBudgetMinutes: number;
  readonly passThreshold: number;
  readonly engineVersion: string;
}

export function rubricHash(content: LockedContent): string {
  return sha256Hex(canonicalJson(content));
}
