import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLab } from '../../src/lab/lab-run.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

describe('concurrency lab API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t.close());

  const post = (url: string, payload: object) => t.call({ method: 'POST', url, payload });

  it('lists scenarios, strategies and fault models with their descriptions', async () => {
    const res = await t.call({ method: 'GET', url: '/api/v1/lab/scenarios' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.scenarios.map((s: { id: string }) => s.id)).toEqual(['counter', 'cart', 'document', 'payment']);
    expect(body.strategies).toHaveLength(8);
    expect(body.faults.map((f: { id: string }) => f.id)).toEqual(['race', 'retry', 'reorder', 'clock-skew']);
    expect(body.strategies.find((s: { id: string }) => s.id === 'transaction-only').description).toMatch(/READ COMMITTED/);
  });

  it('runs a scenario and explains the shortest failing schedule', async () => {
    const res = await post('/api/v1/lab/runs', { scenario: 'counter', strategy: 'read-modify-write', faults: ['race'], clients: 2 });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ mode: 'exhaustive', schedules: 6, wrong: 4, clients: 2, seed: 1, expected: { count: 2 } });
    expect(body.explanation.concept).toBe('lost-update');
    expect(body.shortestFailing.steps).toHaveLength(4);
    expect(body.shortestFailing.final).toEqual({ count: 1 });
  });

  it('answers a correct run without a failing trace', async () => {
    const res = await post('/api/v1/lab/runs', { scenario: 'counter', strategy: 'optimistic-cas', faults: ['race'], clients: 3, seed: 42 });
    expect(res.json()).toMatchObject({ wrong: 0, shortestFailing: null, explanation: null });
  });

  it('grades a fix per fault model', async () => {
    const res = await post('/api/v1/lab/grades', { scenario: 'payment', strategy: 'idempotency-key' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ pass: true, verdicts: [{ kind: 'correct', faults: ['retry'] }, { kind: 'correct', faults: ['race', 'retry'] }] });
    const failing = (await post('/api/v1/lab/grades', { scenario: 'document', strategy: 'last-write-wins-timestamps' })).json();
    expect(failing.pass).toBe(false);
    expect(failing.verdicts.find((v: { faults: string[] }) => v.faults[0] === 'clock-skew').explanation.concept).toBe('clock-skew');
  });

  it('names the field of a malformed request', async () => {
    const res = await post('/api/v1/lab/runs', { scenario: 'counter', strategy: 'locks-everywhere', faults: ['race'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['strategy']);
  });

  it('refuses more than five clients or too many samples with 422 before doing the work', async () => {
    const clients = await post('/api/v1/lab/runs', { scenario: 'counter', strategy: 'read-modify-write', faults: ['race'], clients: 6 });
    expect(clients.statusCode).toBe(422);
    expect(clients.json().errors[0].path).toBe('clients');
    const samples = await post('/api/v1/lab/runs', { scenario: 'counter', strategy: 'read-modify-write', faults: ['race'], samples: 1_000_000 });
    expect(samples.statusCode).toBe(422);
    expect(samples.json().errors[0].path).toBe('samples');
  });

  it('refuses a client count the scenario does not have, naming the field', async () => {
    const res = await post('/api/v1/lab/runs', { scenario: 'payment', strategy: 'idempotency-key', faults: ['retry'], clients: 3 });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ path: 'clients', message: 'the payment scenario runs with exactly 1 client(s)' });
  });

  it('runs the largest run allowed (five clients, 2,000 sampled schedules) to the end, on the lab\'s worker thread', async () => {
    const res = await post('/api/v1/lab/runs', { scenario: 'counter', strategy: 'transaction-only', faults: ['race', 'retry', 'clock-skew'], clients: 5, samples: 2000 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ clients: 5, faults: ['clock-skew', 'race', 'retry'], mode: 'sampled', schedules: 2000 });
  });

  it('documents its routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/lab/scenarios', '/api/v1/lab/runs', '/api/v1/lab/grades']));
  });

  it('requires authentication', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/lab/scenarios' })).statusCode).toBe(401);
  });
});

describe('where lab runs are computed', () => {
  it('hands every run to the lab runner (a worker thread in the server), not the request\'s own thread', async () => {
    const ran: string[] = [];
    const t = await createTestApp('pglite', { labRunner: { run: async (body) => (ran.push(body.scenario), runLab(body)), close: async () => {} } });
    try {
      const res = await t.call({ method: 'POST', url: '/api/v1/lab/runs', payload: { scenario: 'cart', strategy: 'optimistic-cas', faults: ['race'] } });
      expect(res.statusCode).toBe(200);
      expect(ran).toEqual(['cart']);
      // Refused before any work: the runner is not asked.
      const refused = await t.call({ method: 'POST', url: '/api/v1/lab/runs', payload: { scenario: 'counter', strategy: 'read-modify-write', faults: ['race'], clients: 6 } });
      expect(refused.statusCode).toBe(422);
      expect(ran).toEqual(['cart']);
    } finally {
      await t.close();
    }
  });
});
