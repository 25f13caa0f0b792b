import { applyOp } from './ops.ts';
import type { Action, FaultId, ScenarioId, StoreView } from './types.ts';

/** A small model of clients and a store, with the value it must end with. */
export interface Scenario {
  readonly id: ScenarioId;
  readonly title: string;
  readonly description: string;
  /** What "correct" means, in words. */
  readonly expectation: string;
  /** How the trace names an actor: "client A", "device B", "editor A". */
  readonly actorNoun: string;
  readonly clients: { readonly min: number; readonly max: number; readonly default: number };
  readonly initial: StoreView;
  /** The action that times out and is sent again under the retry fault. */
  readonly retried: string;
  /** How long the client waits for an answer before it resends, in ms. */
  readonly retryAfterMs: number;
  /** The fault models a fix is graded against (each a combination). */
  readonly graded: readonly (readonly FaultId[])[];
  actions(clients: number): readonly Action[];
}

export const CLIENT_NAMES = ['A', 'B', 'C', 'D', 'E'] as const;

const counter: Scenario = {
  id: 'counter',
  title: 'A page-view counter',
  description:
    'N clients each add one to the same counter, at about the same moment. The store holds one number; each client reads it, adds one and saves it, or asks the store to do so.',
  expectation: 'The counter ends at N: every acknowledged increment counts exactly once.',
  actorNoun: 'client',
  clients: { min: 1, max: 5, default: 2 },
  initial: { count: 0 },
  retried: 'A1',
  retryAfterMs: 50,
  graded: [['race'], ['retry']],
  actions: (clients) =>
    CLIENT_NAMES.slice(0, clients).map((client, i) => ({
      id: `${client}1`,
      client,
      entity: 'count',
      op: { kind: 'increment' },
      register: 'count',
      seq: { scope: `client:${client}`, n: 1 },
      at: 100 + i,
      after: [],
    })),
};

const cart: Scenario = {
  id: 'cart',
  title: 'A shopping cart on two devices',
  description:
    'One shopper edits the same cart from a phone (device A) and a laptop (device B). A adds a mug, then a book; B adds a pen, then removes it again. The cart is stored as one list of lines.',
  expectation: 'Every acknowledged action takes effect once, in the order each device performed its own actions: the cart ends with a book and a mug.',
  actorNoun: 'device',
  clients: { min: 2, max: 2, default: 2 },
  initial: { cart: [] },
  retried: 'A1',
  retryAfterMs: 150,
  graded: [['race'], ['reorder'], ['retry']],
  actions: () => [
    cartAction('A1', 'A', { kind: 'add', item: 'mug' }, 1, 100, []),
    cartAction('B1', 'B', { kind: 'add', item: 'pen' }, 1, 150, []),
    cartAction('A2', 'A', { kind: 'add', item: 'book' }, 1, 300, ['A1']),
    cartAction('B2', 'B', { kind: 'remove', item: 'pen' }, 2, 350, ['B1']),
  ],
};

function cartAction(id: string, client: string, op: { kind: 'add' | 'remove'; item: string }, n: number, at: number, after: string[]): Action {
  return { id, client, entity: 'cart', op, register: `cart:${op.item}`, seq: { scope: `cart:${op.item}`, n }, at, after };
}

const document: Scenario = {
  id: 'document',
  title: 'A shared document’s title and status',
  description:
    'Editor A names a plan and marks it as a draft; editor B sees the draft and approves it; A then renames the plan. Each change is a separate request over a mobile network.',
  expectation: 'Each field ends with its latest action in real (causal) order, whatever order the requests arrived in: title "Q3 plan (final)", status "approved".',
  actorNoun: 'editor',
  clients: { min: 2, max: 2, default: 2 },
  initial: { title: '', status: 'new' },
  retried: 'A2',
  retryAfterMs: 150,
  graded: [['reorder'], ['clock-skew'], ['retry']],
  actions: () => [
    docAction('A1', 'A', 'title', 'Q3 plan', 1, 100, []),
    docAction('A2', 'A', 'status', 'draft', 1, 200, ['A1']),
    docAction('B1', 'B', 'status', 'approved', 2, 300, ['A2']),
    docAction('A3', 'A', 'title', 'Q3 plan (final)', 2, 400, ['A2']),
  ],
};

function docAction(id: string, client: string, field: string, value: string, n: number, at: number, after: string[]): Action {
  return { id, client, entity: field, op: { kind: 'set', value }, register: field, seq: { scope: field, n }, at, after };
}

const payment: Scenario = {
  id: 'payment',
  title: 'A card payment',
  description:
    'A client asks the payment service to charge €30 for order 17. The answer is slow, the client times out and sends the same charge again.',
  expectation: 'Exactly one charge of €30 for order 17, however many times the request arrives.',
  actorNoun: 'client',
  clients: { min: 1, max: 1, default: 1 },
  initial: { charges: [] },
  retried: 'A1',
  retryAfterMs: 200,
  graded: [['retry'], ['retry', 'race']],
  actions: () => [
    {
      id: 'A1',
      client: 'A',
      entity: 'charges',
      op: { kind: 'charge', charge: '€30 order 17' },
      register: 'charges',
      seq: { scope: 'client:A', n: 1 },
      at: 100,
      after: [],
    },
  ],
};

export const SCENARIOS: Readonly<Record<ScenarioId, Scenario>> = { counter, cart, document, payment };

/** The right final state: every action applied exactly once, in real-time order. */
export function expectedFinal(scenario: Scenario, actions: readonly Action[]): StoreView {
  const view: Record<string, StoreView[string]> = { ...scenario.initial };
  for (const action of [...actions].sort((a, b) => a.at - b.at)) view[action.entity] = applyOp(action.op, view[action.entity]!);
  return view;
}
