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
