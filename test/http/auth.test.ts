import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeApiKey, listApiKeys } from '../../src/auth/api-keys.ts';
import { DIALECTS } from '../support/dialects.ts';
import { validScreenBody } from '../support/screens.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(DIALECTS)('authentication on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

  it('refuses a missing, malformed or unknown API key with 401', async () => {
    expect((await t.app.inject({ url: '/api/v1/screens' })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/screens', headers: { authorization: 'Basic abc' } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/screens', headers: { authorization: 'Bearer psk_nope' } })).statusCode).toBe(401);
  });

  it('signs a person in with an httpOnly SameSite cookie and requires the CSRF token for changes', async () => {
    const res = await login(t.adminEmail, t.adminPassword);
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/ps_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = setCookie.split(';')[0]!;
    const { csrfToken, user } = res.json();
    expect(user.email).toBe(t.adminEmail);

    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).json().csrfToken).toBe(csrfToken);
    const without = await t.app.inject({ method: 'POST', url: '/api/v1/screens', headers: { cookie }, payload: validScreenBody() });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('csrf_failed');
    const withToken = await t.app.inject({ method: 'POST', url: '/api/v1/screens', headers: { cookie, 'x-csrf-token': csrfToken }, payload: validScreenBody() });
    expect(withToken.statusCode).toBe(201);
    const audit = await t.app.inject({ url: `/api/v1/screens/${withToken.json().id}/audit`, headers: { cookie } });
    expect(audit.json().items[0].actor).toBe(`user:${t.adminEmail}`);

    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, 'x-csrf-token': csrfToken } });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('refuses a wrong password with 401 and rate-limits repeated failures with 429', async () => {
    const email = t.adminEmail;
    for (let i = 0; i < 5; i++) expect((await login(email, 'wrong password')).statusCode).toBe(401);
    const limited = await login(email, t.adminPassword);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeTruthy();
  });

  it('stops accepting a revoked key', async () => {
    const keys = await listApiKeys(t.database.db);
    const keyB = keys.find((k) => k.orgId !== 'org_default')!;
    expect((await t.call({ url: '/api/v1/screens', key: t.keyB })).statusCode).toBe(200);
    expect(await revokeApiKey(t.database.db, keyB.id)).toBe(true);
    expect((await t.call({ url: '/api/v1/screens', key: t.keyB })).statusCode).toBe(401);
  });
});
