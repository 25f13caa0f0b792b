import { describe, expect, it } from 'vitest';
import { exploreInterleavings, type Exploration } from './explore.ts';
import type { LabConfig } from './world.ts';

function explore(config: LabConfig, options = {}): Exploration {
  const result = exploreInterleavings(config, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('exploreInterleavings on the counter', () => {
  it('finds the lost update among the six interleavings of two read-modify-writes', () => {
    const run = explore({ scenario: 'counter', strategy: 'read-modify-write', faults: ['race'], clients: 2 });
    expect(run).toMatchObject({ mode: 'exhaustive', schedules: 6, wrong: 4, expected: { count: 2 } });
    expect(run.outcomes).toEqual([
      { final: { count: 1 }, schedules: 4, correct: false },
      { final: { count: 2 }, schedules: 2, correct: true },
    ]);
    const trace = run.shortestFailing!;
    expect(trace.steps.map((s) => `${s.actor} ${s.event.kind}`)).toEqual(['A1 read', 'B1 read', 'B1 write', 'A1 write']);
    expect(trace.steps[3]).toMatchObject({ write: 1, storeBefore: { count: 1 }, storeAfter: { count: 1 } });
    expect(run.explanation!.concept).toBe('lost-update');
    expect(run.explanation!.text).toContain('Client A read 0, client B read 0, B wrote 1, A wrote 1: A\'s write overwrote B\'s; one increment was lost although every call succeeded.');
  });

  it('shows that a transaction at READ COMMITTED still loses the update', () => {
    const run = explore({ scenario: 'counter', strategy: 'transaction-only', faults: ['race'], clients: 2 });
    expect(run.wrong).toBeGreaterThan(0);
    expect(run.explanation!.concept).toBe('transaction-not-atomic');
    expect(run.explanation!.text).toContain('a database makes one statement atomic, not a read-modify-write workflow'.replace(/^a/, 'A'));
  });

  it('never lets a second transaction update a row whose lock is held', () => {
    const run = explore({ scenario: 'counter', strategy: 'transaction-only', faults: ['race'], clients: 2 });
    const steps = run.shortestFailing!.steps.map((s) => `${s.actor} ${s.event.kind}`);
    const firstUpdate = steps.findIndex((s) => s.endsWith('lock-and-update'));
    expect(steps[firstUpdate + 1]).toMatch(/commit$/);
  });

  it('counts a duplicate increment when a retried request meets an atomic statement', () => {
    const run = explore({ scenario: 'counter', strategy: 'atomic-increment', faults: ['retry'], clients: 2 });
    expect(run.shortestFailing!.final).toEqual({ count: 3 });
    expect(run.explanation!.concept).toBe('duplicate-effect');
  });

  it('samples with the seed beyond the exhaustive limit', () => {
    const run = explore({ scenario: 'counter', strategy: 'read-modify-write', faults: ['race'], clients: 5 }, { samples: 200, seed: 7 });
    expect(run).toMatchObject({ mode: 'sampled', schedules: 200 });
    expect(run.wrong).toBeGreaterThan(150);
  });

  it('refuses a client count outside the scenario, naming the field', () => {
    expect(exploreInterleavings({ scenario: 'document', strategy: 'sequence-numbers', faults: [], clients: 3 })).toEqual({
      ok: false,
      error: { kind: 'clients-out-of-range', field: 'clients', message: 'the document scenario runs with exactly 2 client(s)' },
    });
  });
});

describe('exploreInterleavings on the other scenarios', () => {
  it('shows arrival ≠ order when a removal overtakes the addition it follows', () => {
    const run = explore({ scenario: 'cart', strategy: 'atomic-increment', faults: ['reorder'] });
    expect(run.explanation!.concept).toBe('arrival-not-order');
    expect(run.shortestFailing!.final).toEqual({ cart: ['book', 'mug', 'pen'] });
  });

  it('shows timestamps failing when the approving editor’s clock is behind', () => {
    const run = explore({ scenario: 'document', strategy: 'last-write-wins-timestamps', faults: ['clock-skew'] });
    expect(run.explanation!.text).toContain('it stamped 50 ms against 200 ms');
  });

  it('charges twice without an idempotency key and once with one', () => {
    expect(explore({ scenario: 'payment', strategy: 'read-modify-write', faults: ['retry'] }).shortestFailing!.final).toEqual({ charges: ['€30 order 17', '€30 order 17'] });
    expect(explore({ scenario: 'payment', strategy: 'idempotency-key', faults: ['retry', 'race'] }).wrong).toBe(0);
  });
});
