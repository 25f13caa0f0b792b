// Straight from the files, not the index modules: the index of scoring would bring the engine into the bundle.
import { COMPETENCY_NAMES } from '../../core/bank/question.ts';
import { DECISION_NAMES } from '../../core/scoring/interview.ts';

/** Human words for the domain's codes, shared by every page. */
export const TYPE_LABELS: Record<string, string> = {
  general: 'General',
  technical: 'Technical',
  behavioral: 'Behavioral',
  situational: 'Situational',
  experience: 'Experience',
  motivation: 'Motivation',
};

export const COMPETENCY_LABELS: Record<string, string> = COMPETENCY_NAMES;

export const BANK_LABELS: Record<string, string> = {
  'distributed-systems': 'Distributed systems',
  backend: 'Backend',
  'design-story': 'Design story',
  incident: 'Incident',
  custom: 'Custom',
};

export const DECISION_LABELS: Record<string, string> = DECISION_NAMES;

export function label(map: Record<string, string>, key: string | null | undefined): string {
  if (key === null || key === undefined) return '—';
  return map[key] ?? key.replace(/[_-]/g, ' ');
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * "about 12 minutes": calm wording for time left, never seconds ticking.
 * Rounded down, so it never promises time that is not there (1 min 40 s
 * left is "about 1 minute", not 2), but for the last few seconds of a
 * minute, so an interview just started reads as its whole budget.
 */
const SLACK_SECONDS = 10;

export function calmDuration(seconds: number): string {
  if (seconds <= 0) return 'no time';
  const minutes = Math.floor((seconds + SLACK_SECONDS) / 60);
  if (minutes < 1) return 'less than a minute';
  if (minutes === 1) return 'about 1 minute';
  return `about ${minutes} minutes`;
}

export function asTitleCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).replace(/[_-]/g, ' ');
}
