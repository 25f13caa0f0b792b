import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';

describe('operations endpoints and the API description', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t.close());

  it('answers liveness and readiness with JSON', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', database: 'pglite' });
  });

  it('serves Prometheus metrics that count requests by route', async () => {
    await t.app.inject({ url: '/healthz' });
    const res = await t.app.inject({ url: '/metrics' });
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(/prescreen_http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} \d+/);
    expect(res.body).toContain('process_resident_memory_bytes');
  });

  it('serves an OpenAPI 3.1 document generated from the zod schemas', async () => {
    const doc = (await t.app.inject({ url: '/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/screens', '/api/v1/screens/{id}', '/api/v1/questions', '/api/v1/screens/{id}/publish']));
    const create = doc.paths['/api/v1/screens'].post;
    expect(create.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['title', 'questions', 'timeBudgetMinutes', 'passThreshold']));
    const keyOf = (op: { parameters: { in: string; name: string; required?: boolean }[] }) => op.parameters.find((p) => p.in === 'header' && p.name === 'idempotency-key');
    expect(keyOf(doc.paths['/api/v1/interviews/{token}/answers'].post)?.required).toBe(true);
    expect(keyOf(create)?.required).toBe(false);
  });

  it('serves a browsable docs page', async () => {
    const res = await t.app.inject({ url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });

  it('echoes a request id on every response', async () => {
    const res = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'trace-me-123' } });
    expect(res.headers['x-request-id']).toBe('trace-me-123');
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await t.call({ url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });
});

describe('authentication cannot be side-stepped by how the path is spelled', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t.close());

  it.each(['/%61pi/v1/lab/scenarios', '/api/%761/lab/scenarios', '/api/v1/%6Cab/scenarios', '/%61pi/v1/screens'])('%s without a key answers 401', async (url) => {
    const res = await t.app.inject({ url });
    expect(res.statusCode).toBe(401);
  });
});

describe('candidate tokens in logs', () => {
  it('shows only the first characters of a token in a logged URL', async () => {
    const { maskTokens } = await import('../../src/http/app.ts');
    expect(maskTokens('/api/v1/interviews/AbCdEfGhIjKlMnOpQrStUvWx/answers')).toBe('/api/v1/interviews/AbCdEf…/answers');
    expect(maskTokens('/i/AbCdEfGhIjKlMnOpQrStUvWx')).toBe('/i/AbCdEf…');
    expect(maskTokens('/api/v1/screens/scr_123')).toBe('/api/v1/screens/scr_123');
  });
});
