import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validScreenBody } from '../support/screens.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Whatever a client sends, the answer is a 4xx with problem+json naming what
 * is wrong, never a 500. Random JSON values, and valid bodies with one field
 * replaced by a random value, against every route that takes a body.
 */
describe('bad bodies never cause a 500', () => {
  let t: TestApp;
  let draftId: string;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    draftId = (await t.call({ method: 'POST', url: '/api/v1/screens', payload: validScreenBody() })).json().id;
  });
  afterAll(() => t.close());

  const targets = () => [
    { method: 'POST' as const, url: '/api/v1/screens', valid: validScreenBody() as Record<string, unknown> },
    { method: 'PATCH' as const, url: `/api/v1/screens/${draftId}`, valid: { title: 'x' } as Record<string, unknown> },
    { method: 'POST' as const, url: '/api/v1/questions', valid: { id: 'q', type: 'general', text: 'What?' } as Record<string, unknown> },
    { method: 'POST' as const, url: '/api/v1/auth/login', valid: { email: 'a@b.co', password: 'x' } as Record<string, unknown> },
  ];

  const assertClientError = (res: Awaited<ReturnType<TestApp['call']>>) => {
    expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, res.body).toBeLessThan(500);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBeTruthy();
  };

  it('answers random JSON values with a 4xx problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets()), fc.jsonValue(), async (target, value) => {
        const res = await t.call({ method: target.method, url: target.url, payload: JSON.stringify(value), headers: { 'content-type': 'application/json', 'if-match': '"999"' } });
        if (res.statusCode < 400) return; // a random value can be valid; then it must not be a 500 either
        assertClientError(res);
      }),
      { numRuns: 150 },
    );
  });

  it('answers a valid body with one field made wrong with a 4xx naming that field', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets()), fc.nat(), fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.integer()), fc.double()), async (target, pick, junk) => {
        const keys = Object.keys(target.valid);
        const key = keys[pick % keys.length]!;
        const body = { ...target.valid, [key]: junk };
        const res = await t.call({ method: target.method, url: target.url, payload: body, headers: { 'if-match': '"999"' } });
        expect(res.statusCode, res.body).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });

  it('answers bytes that are not JSON with 400 or 415', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'), async (text, type) => {
        const res = await t.call({ method: 'POST', url: '/api/v1/screens', payload: text, headers: { 'content-type': type } });
        if (res.statusCode === 201) return;
        assertClientError(res);
      }),
      { numRuns: 100 },
    );
  });
});

describe('input the database cannot store, and URLs the router refuses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t.close());

  const expectProblem = (res: Awaited<ReturnType<TestApp['call']>>, status: number, path: string, rule: string) => {
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path, rule })]));
  };

  it('refuses a NUL or half an emoji with 400 naming the field, in bodies, paths and queries', async () => {
    for (const bad of ['Backend\u0000 screen', 'Great team \ud83d at Acme', 'tail \ude00']) {
      expectProblem(await t.call({ method: 'POST', url: '/api/v1/screens', payload: validScreenBody({ title: bad }) }), 400, 'title', 'storable_text');
    }
    const questions = validScreenBody().questions as { questionId: string }[];
    const body = validScreenBody({ questions: questions.map((q, i) => (i === 2 ? { questionId: 'ds-\u0000dht' } : q)) });
    expectProblem(await t.call({ method: 'POST', url: '/api/v1/screens', payload: body }), 400, 'questions.2.questionId', 'storable_text');
    expectProblem(await t.call({ method: 'GET', url: '/api/v1/screens/a%00b' }), 400, 'id', 'storable_text');
    expectProblem(await t.call({ method: 'POST', url: `/api/v1/interviews/${'x'.repeat(20)}%00x/answers`, payload: { seq: 1, text: 'hi' }, headers: { 'idempotency-key': 'k1' } }), 400, 'token', 'storable_text');
    expectProblem(await t.call({ method: 'GET', url: '/api/v1/questions?q=a%00b' }), 400, 'q', 'storable_text');
  });

  it('names the field and the rule for numbers past the database\'s range, non-HTTP webhooks, long ids and broken escapes', async () => {
    expectProblem(await t.call({ method: 'GET', url: '/api/v1/interviews/itv_x/report?revision=2147483648' }), 400, 'revision', 'too_big');
    expectProblem(await t.call({ method: 'POST', url: '/api/v1/webhooks', payload: { url: 'javascript:alert(1)' } }), 400, 'url', 'custom');
    expectProblem(await t.call({ method: 'POST', url: '/api/v1/webhooks', payload: { url: 'file:///etc/passwd' } }), 400, 'url', 'custom');
    expectProblem(await t.call({ method: 'GET', url: `/api/v1/screens/${'s'.repeat(101)}` }), 400, 'id', 'too_big');
    expectProblem(await t.call({ method: 'GET', url: '/api/v1/screens/%zz' }), 400, 'url', 'url');
  });

  it('takes If-Match only as the ETag handed out ("3"), naming the header for anything looser', async () => {
    const draft = (await t.call({ method: 'POST', url: '/api/v1/screens', payload: validScreenBody() })).json();
    const patch = (ifMatch: string) => t.call({ method: 'PATCH', url: `/api/v1/screens/${draft.id}`, payload: { title: 'Renamed' }, headers: { 'if-match': ifMatch } });
    for (const loose of ['1', '"1', '1"', '*', 'W/"1"', '"1", "2"', '"99999999999"', '""']) {
      expectProblem(await patch(loose), 400, 'if-match', 'format');
    }
    expect((await t.call({ method: 'PATCH', url: `/api/v1/screens/${draft.id}`, payload: { title: 'Renamed' }, headers: { 'if-match': '  ' } })).json().code).toBe('precondition_required');
    expect((await patch('"1"')).statusCode).toBe(200);
  });

  it('names the header or the body when the problem is there: a missing Idempotency-Key, JSON that does not parse', async () => {
    const noKey = await t.call({ method: 'POST', url: `/api/v1/interviews/${'x'.repeat(24)}/answers`, payload: { seq: 1, text: 'hi' } });
    expectProblem(noKey, 400, 'idempotency-key', 'invalid_type');
    expect(noKey.json().code).toBe('idempotency_key_missing');
    const broken = await t.call({ method: 'POST', url: '/api/v1/screens', payload: '{"title": ', headers: { 'content-type': 'application/json' } });
    expectProblem(broken, 400, 'body', 'json');
    expect(broken.json().code).toBe('malformed_json');
  });

  it('answers a known path with the wrong method 405 and the methods it takes; an unknown path 404', async () => {
    const wrong = await t.call({ method: 'DELETE', url: '/api/v1/screens' });
    expect(wrong.statusCode).toBe(405);
    expect(wrong.json().code).toBe('method_not_allowed');
    expect(wrong.headers.allow).toBe('GET, HEAD, POST');
    const unknown = await t.call({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers.allow).toBeUndefined();
    expect((await t.call({ method: 'GET', url: '/api/v1/interviews/itv_nobody/report/revisions' })).statusCode).toBe(404);
  });
});

describe('webhook endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t.close());

  it('subscribes one URL once: a double click makes one endpoint, the other gets 409 naming it; after a delete it can be added again', async () => {
    const add = () => t.call({ method: 'POST', url: '/api/v1/webhooks', payload: { url: 'https://receiver.example.com/hook' } });
    const both = await Promise.all([add(), add()]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const made = both.find((r) => r.statusCode === 201)!.json();
    const refused = both.find((r) => r.statusCode === 409)!.json();
    expect(refused).toMatchObject({ code: 'conflict', endpointId: made.id });
    expect(refused.errors).toEqual([expect.objectContaining({ path: 'url', rule: 'unique' })]);
    expect((await t.call({ method: 'GET', url: '/api/v1/webhooks' })).json().items).toHaveLength(1);
    expect((await t.call({ method: 'DELETE', url: `/api/v1/webhooks/${made.id}` })).statusCode).toBe(204);
    expect((await add()).statusCode).toBe(201);
  });
});
