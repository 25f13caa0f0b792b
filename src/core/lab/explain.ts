import { CONCEPTS, type ConceptId } from './content.ts';
import { dependsOnRead, describeOp, formatValue, formatView } from './ops.ts';
import type { Delivery, Trace, TraceStep } from './types.ts';
import type { World } from './world.ts';

export interface Explanation {
  readonly concept: ConceptId;
  readonly title: string;
  /** What happened in this run, step by step, in plain English. */
  readonly text: string;
  readonly lesson: string;
}

const EFFECTS = new Set(['write', 'commit', 'apply', 'cas-ok', 'consume']);
const isEffect = (step: TraceStep) => EFFECTS.has(step.event.kind);

/** Names the concept a failing trace demonstrates and tells its story. */
export function explainTrace(world: World, trace: Trace): Explanation {
  const story = new Story(world, trace);
  const found = story.duplicate() ?? story.lostUpdate() ?? story.skewedStamp() ?? story.outOfOrder();
  const [concept, text] = found ?? ['wrong-final-value', `The run ended with ${formatView(trace.final)} instead of ${formatView(trace.expected)}.`];
  return { concept, title: CONCEPTS[concept].title, text, lesson: CONCEPTS[concept].lesson };
}

class Story {
  constructor(
    private readonly world: World,
    private readonly trace: Trace,
  ) {}

  private delivery(step: TraceStep): Delivery {
    return this.world.deliveries[step.delivery]!;
  }

  private who(d: Delivery): string {
    return `${this.world.scenario.actorNoun} ${d.action.client}`;
  }

  private what(d: Delivery): string {
    const { op, entity, client } = d.action;
    return `${client}'s "${op.kind === 'set' ? `${entity} = ${op.value}` : describeOp(op)}"`;
  }

  private ending(): string {
    return `The store ended with ${formatView(this.trace.final)} instead of ${formatView(this.trace.expected)}`;
  }

  duplicate(): [ConceptId, string] | null {
    const effects = this.trace.steps.filter(isEffect);
    const twice = effects.find((step, i) => effects.slice(0, i).some((s) => this.delivery(s).action.id === this.delivery(step).action.id));
    if (!twice) return null;
    const d = this.delivery(twice);
    const first = effects.find((s) => this.delivery(s).action.id === d.action.id)!;
    const between = effects.filter((s) => s.t > first.t && s.t < twice.t && this.delivery(s).action.entity === d.action.entity);
    const stale = d.action.op.kind === 'set' && between.length > 0 ? ` The second copy landed after ${this.what(this.delivery(between[0]!))}, so an older value came back.` : '';
    return [
      'duplicate-effect',
      `${this.what(d)} was sent twice: no answer came within ${this.world.scenario.retryAfterMs} ms, so the ${this.world.scenario.actorNoun} resent it while the first copy was still on its way. Both copies took effect (steps ${first.t} and ${twice.t}).${stale} ${this.ending()}; no call failed — the store could not tell a resend from a new request.`,
    ];
  }

  lostUpdate(): [ConceptId, string] | null {
    const steps = this.trace.steps;
    const overwrite = steps.find((s) => (s.event.kind === 'write' || s.event.kind === 'commit') && s.event.overwrote);
    if (!overwrite) return null;
    const loser = overwrite.delivery;
    const readAt = lastRead(steps, loser, overwrite.t);
    const victims = steps.filter((s) => isEffect(s) && s.delivery !== loser && s.t > readAt.t && s.t < overwrite.t).map((s) => s.delivery);
    const involved = new Set([loser, ...victims]);
    const start = Math.min(readAt.t, ...victims.map((v) => lastRead(steps, v, overwrite.t).t));
    const mentioned = new Set<string>();
    const narrative = steps
      .filter((s) => involved.has(s.delivery) && s.t >= start && s.t <= overwrite.t)
      .flatMap((s) => this.phrase(s, mentioned))
      .join(', ');
    const victim = this.world.deliveries[victims[victims.length - 1]!]!;
    const loserD = this.world.deliveries[loser]!;
    const lost = victim.action.op.kind === 'increment' ? 'one increment was lost' : `${this.what(victim)} was lost`;
    const transaction = overwrite.event.kind === 'commit';
    const tail = transaction
      ? ` Both ran in transactions at READ COMMITTED: ${loserD.action.client}'s SELECT took no lock, and its UPDATE — which waits while another transaction holds the row — still wrote the value computed from that earlier read. A database makes one statement atomic, not a read-modify-write workflow.`
      : ' Read-then-write is a critical section without a lock.';
    return [
      transaction ? 'transaction-not-atomic' : 'lost-update',
      `${capitalise(narrative)}: ${loserD.action.client}'s write overwrote ${victim.action.client}'s; ${lost} although every call succeeded.${tail} ${this.ending()}.`,
    ];
  }

  /** "client A read 0" the first time an actor appears, "A wrote 1" after that. */
  private phrase(step: TraceStep, mentioned: Set<string>): string[] {
    const d = this.delivery(step);
    const name = mentioned.has(d.action.client) ? d.action.client : this.who(d);
    mentioned.add(d.action.client);
    switch (step.event.kind) {
      case 'read':
        return [`${name} read ${formatValue(step.event.value)}`];
      case 'write':
        return [`${name} wrote ${formatValue(step.event.value)}`];
      case 'commit':
        return [`${name} committed ${formatValue(step.event.value)}`];
      default:
        return [];
    }
  }

  skewedStamp(): [ConceptId, string] | null {
    const refusal = this.trace.steps.find((s) => s.event.kind === 'refuse' && s.event.reason === 'older-stamp');
    if (!refusal || refusal.event.kind !== 'refuse') return null;
    const refused = this.delivery(refusal);
    const holderStep = [...this.trace.steps].reverse().find((s) => s.t < refusal.t && isEffect(s) && this.delivery(s).action.register === refused.action.register)!;
    const holder = this.delivery(holderStep);
    if (refused.action.at > holder.action.at) {
      const skew = this.trace.skews[refused.action.client] ?? 0;
      return [
        'clock-skew',
        `${this.what(refused)} happened at ${refused.action.at} ms real time, after ${this.what(holder)} at ${holder.action.at} ms, but ${refused.action.client}'s clock was ${-skew} ms behind: it stamped ${refused.stamp} ms against ${holder.stamp} ms, and last-write-wins threw the newer action away. ${this.ending()}. Timestamps give a total order only while clocks agree.`,
      ];
    }
    if (!dependsOnRead(refused.action.op)) return null;
    return [
      'last-write-wins-discards',
      `${this.what(holder)} (stamped ${holder.stamp} ms) reached the store first; ${this.what(refused)} (stamped ${refused.stamp} ms) then counted as the older write and was dropped. ${this.ending()}: last-write-wins keeps one of two concurrent writes, but every ${describeOp(refused.action.op)} had to count.`,
    ];
  }

  outOfOrder(): [ConceptId, string] | null {
    const effects = this.trace.steps.filter(isEffect);
    for (const [i, late] of effects.entries()) {
      const newer = effects.slice(0, i).find((s) => this.delivery(s).action.register === this.delivery(late).action.register && this.delivery(s).action.at > this.delivery(late).action.at);
      if (!newer) continue;
      const [older, recent] = [this.delivery(late), this.delivery(newer)];
      return [
        'arrival-not-order',
        `${this.what(recent)} (done at ${recent.action.at} ms) arrived before ${this.what(older)} (done at ${older.action.at} ms). The store applied them in arrival order, so the older action had the last word. ${this.ending()}. Arrival is not order: the last write is not the latest action.`,
      ];
    }
    return null;
  }
}

function lastRead(steps: readonly TraceStep[], delivery: number, before: number): TraceStep {
  const read = [...steps].reverse().find((s) => s.delivery === delivery && s.t < before && s.event.kind === 'read');
  if (!read) throw new Error(`delivery ${delivery} wrote without reading`);
  return read;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
