import { DECISION_LABELS } from '../lib/labels.ts';

/** A small status label; the text carries the meaning, colour only echoes it. */
export function Badge({ value }: { readonly value: string }) {
  const tone = TONES[value] ?? 'neutral';
  return <span className={`badge badge-${tone}`}>{LABELS[value] ?? value.replace(/_/g, ' ')}</span>;
}

const TONES: Record<string, string> = {
  draft: 'neutral',
  published: 'good',
  invited: 'neutral',
  started: 'info',
  in_progress: 'info',
  completed: 'good',
  expired: 'muted',
  revoked: 'muted',
  pass: 'good',
  fail: 'bad',
  needs_review: 'warn',
  pending: 'info',
  delivered: 'good',
  failed: 'bad',
  'needs-review': 'warn',
  review: 'warn',
};

// Decisions read as the report words them ("Does not pass", not "fail").
const LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(DECISION_LABELS).map(([k, v]) => [k, v.toLowerCase()])),
  'needs-review': 'needs review',
  in_progress: 'in progress',
};
