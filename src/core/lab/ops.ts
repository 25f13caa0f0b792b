import type { EntityValue, Op, StoreView } from './types.ts';

/** The effect of one operation on one entity value (the store's arithmetic, no concurrency). */
export function applyOp(op: Op, value: EntityValue): EntityValue {
  switch (op.kind) {
    case 'increment':
      return asNumber(value) + 1;
    case 'add':
      return [...asList(value), op.item].sort();
    case 'remove':
      return asList(value).filter((item) => item !== op.item);
    case 'set':
      return op.value;
    case 'charge':
      return [...asList(value), op.charge];
  }
}

/** A blind `set` does not depend on what was read; every other operation does. */
export function dependsOnRead(op: Op): boolean {
  return op.kind !== 'set';
}

export function describeOp(op: Op): string {
  switch (op.kind) {
    case 'increment':
      return 'increment';
    case 'add':
      return `add ${op.item}`;
    case 'remove':
      return `remove ${op.item}`;
    case 'set':
      return `set "${op.value}"`;
    case 'charge':
      return `charge ${op.charge}`;
  }
}

export function sameValue(a: EntityValue, b: EntityValue): boolean {
  return formatValue(a) === formatValue(b);
}

export function sameView(a: StoreView, b: StoreView): boolean {
  return formatView(a) === formatView(b);
}

export function formatValue(value: EntityValue): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return `[${value.join(', ')}]`;
}

/** `count=2` or `title="Q3 plan" status="approved"`, entities in name order. */
export function formatView(view: StoreView): string {
  return Object.keys(view)
    .sort()
    .map((entity) => `${entity}=${formatValue(view[entity]!)}`)
    .join(' ');
}

function asNumber(value: EntityValue): number {
  if (typeof value !== 'number') throw new Error(`expected a number, got ${formatValue(value)}`);
  return value;
}

function asList(value: EntityValue): readonly string[] {
  if (!Array.isArray(value)) throw new Error(`expected a list, got ${formatValue(value)}`);
  return value as readonly string[];
}
