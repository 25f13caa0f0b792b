import type { z } from 'zod';
import { formatValue } from '../../../core/lab/ops.ts';
import type { ExplanationSchema, LabGradeSchema, LabRun, TraceSchema } from '../../../schemas/lab.ts';

/**
 * The lab's API shapes (inferred from the server's own schemas) and the pure
 * helpers that turn a trace into what the page shows: one lane per actor,
 * the store before → after, and the step where the value went wrong.
 */
export type { LabCatalog, LabRun, LabRunRequest } from '../../../schemas/lab.ts';
export type LabGrade = z.infer<typeof LabGradeSchema>;
export type LabVerdict = LabGrade['verdicts'][number];
export type LabTrace = z.infer<typeof TraceSchema>;
export type LabTraceStep = LabTrace['steps'][number];
export type LabExplanation = z.infer<typeof ExplanationSchema>;
export type LabStoreView = LabRun['expected'];
type EntityValue = LabStoreView[string];

export const QUEUE_LANE = 'queue consumer';

/** How each scenario names the actors of its trace. */
const ACTOR_NOUNS: Readonly<Record<string, string>> = { counter: 'Client', payment: 'Client', cart: 'Device', document: 'Editor' };

export function actorNoun(scenario: string): string {
  return ACTOR_NOUNS[scenario] ?? 'Client';
}

/** `A1` and `A2 (retry)` belong to client A; the queue's consumer is a lane of its own. */
export function laneOf(actor: string): string {
  if (actor === QUEUE_LANE) return QUEUE_LANE;
  return /^[A-Z]/.exec(actor)?.[0] ?? actor;
}

/** The lanes of a trace: clients in name order, then the queue consumer if it moved. */
export function lanesOf(trace: LabTrace): string[] {
  const lanes = [...new Set(trace.steps.map((s) => laneOf(s.actor)))];
  const clients = lanes.filter((l) => l !== QUEUE_LANE).sort();
  return lanes.includes(QUEUE_LANE) ? [...clients, QUEUE_LANE] : clients;
}

export function laneTitle(lane: string, scenario: string): string {
  return lane === QUEUE_LANE ? 'Queue consumer' : `${actorNoun(scenario)} ${lane}`;
}

export function showValue(value: EntityValue): string {
  if (Array.isArray(value) && value.length === 0) return '(empty)';
  if (typeof value === 'string' && value === '') return '""';
  return formatValue(value);
}

/** `count = 2`, or `status = "draft", title = "Q3 plan"`. */
export function showView(view: LabStoreView): string {
  return Object.keys(view)
    .sort()
    .map((entity) => `${entity} = ${showValue(view[entity]!)}`)
    .join(', ');
}

export interface StoreChange {
  readonly entity: string;
  readonly before: string;
  readonly after: string;
  readonly changed: boolean;
}

/** The entities a step touched; a write of the same value still shows (1 → 1 is a lost update). */
export function storeChanges(step: LabTraceStep): StoreChange[] {
  const entities = Object.keys(step.storeAfter).sort();
  const same = (e: string) => formatValue(step.storeBefore[e]!) === formatValue(step.storeAfter[e]!);
  let touched = entities.filter((e) => !same(e));
  if (touched.length === 0 && step.write !== undefined) {
    const written = formatValue(step.write);
    touched = entities.filter((e) => formatValue(step.storeAfter[e]!) === written).slice(0, 1);
  }
  return touched.map((entity) => ({
    entity,
    before: showValue(step.storeBefore[entity]!),
    after: showValue(step.storeAfter[entity]!),
    changed: !same(entity),
  }));
}

export type Culprit = 'lost-update' | 'dropped-newer' | 'second-effect' | 'wrong-last-word';

export const CULPRIT_LABELS: Readonly<Record<Culprit, string>> = {
  'lost-update': 'Update lost here',
  'dropped-newer': 'Newer action dropped here',
  'second-effect': 'Second effect here',
  'wrong-last-word': 'Wrong value written here',
};

const EFFECTS = new Set(['write', 'commit', 'apply', 'cas-ok', 'consume']);

/**
 * The step(s) where the run went wrong, by step number: a write computed from
 * a stale read, a refusal of the newer action, the second effect of one
 * action; failing those, the step that wrote a wrong final value.
 */
export function culpritSteps(trace: LabTrace): Map<number, Culprit> {
  const marks = new Map<number, Culprit>();
  if (trace.correct) return marks;
  const idOf = deliveryIds(trace);
  const applied = new Set<string>();
  for (const step of trace.steps) {
    const { kind } = step.event;
    if ((kind === 'write' || kind === 'commit') && step.event['overwrote'] === true) marks.set(step.t, 'lost-update');
    if (kind === 'refuse' && step.event['reason'] === 'older-stamp') marks.set(step.t, 'dropped-newer');
    if (!EFFECTS.has(kind)) continue;
    const action = (idOf.get(step.delivery) ?? step.actor).replace(/ \(retry\)$/, '');
    if (applied.has(action) && !marks.has(step.t)) marks.set(step.t, 'second-effect');
    applied.add(action);
  }
  if (marks.size > 0) return marks;
  const wrong = Object.keys(trace.expected).filter((e) => formatValue(trace.final[e]!) !== formatValue(trace.expected[e]!));
  const last = [...trace.steps].reverse().find((s) => EFFECTS.has(s.event.kind) && wrong.some((e) => formatValue(s.storeBefore[e]!) !== formatValue(s.storeAfter[e]!)));
  if (last) marks.set(last.t, 'wrong-last-word');
  return marks;
}

/** Delivery index → its id (`A2 (retry)`), learnt from the steps each delivery took itself. */
function deliveryIds(trace: LabTrace): Map<number, string> {
  const ids = new Map<number, string>();
  for (const step of trace.steps) if (step.actor !== QUEUE_LANE && !ids.has(step.delivery)) ids.set(step.delivery, step.actor);
  return ids;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
