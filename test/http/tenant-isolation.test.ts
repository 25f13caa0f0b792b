import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.ts';
import { validScreenBody } from '../support/screens.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { customQuestion } from '../support/questions.ts';
import { takeInterview } from '../interviews/helpers.ts';

/**
 * Organisation B asks for organisation A's objects on every authenticated
 * route and must get 404 (or a list without them). A route missing from this
 * table fails the coverage test: add it here when you add the route.
 */
interface Fixture {
  readonly screenId: string;
  readonly publishedScreenId: string;
  readonly questionId: string;
  /** Issue 5: an invitation to the published screen, its interview finished with a report. */
  readonly invitationId: string;
  readonly interviewId: string;
  readonly token: string;
  readonly webhookId: string;
}
type Probe = (t: TestApp, f: Fixture) => Promise<void>;

const expect404 = async (t: TestApp, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, extra: object = {}) => {
  const res = await t.call({ method, url, key: t.keyB, ...extra });
  expect(res.statusCode, `${method} ${url} as another organisation`).toBe(404);
};

const expectLab = async (t: TestApp, method: 'GET' | 'POST', url: string, payload?: object) => {
  const res = await t.call({ method, url, key: t.keyB, ...(payload ? { payload } : {}) });
  expect(res.statusCode, `${method} ${url} as another organisation`).toBe(200);
};

const PROBES: Record<string, Probe> = {
  'GET /api/v1/questions': async (t, f) => {
    const res = await t.call({ method: 'GET', url: '/api/v1/questions', key: t.keyB });
    expect(res.json().items.map((q: { id: string }) => q.id)).not.toContain(f.questionId);
  },
  'GET /api/v1/questions/:id': (t, f) => expect404(t, 'GET', `/api/v1/questions/${f.questionId}`),
  'POST /api/v1/questions': async (t, f) => {
    // The same id in another organisation is that organisation's own question.
    const res = await t.call({ method: 'POST', url: '/api/v1/questions', key: t.keyB, payload: customQuestion(f.questionId) });
    expect(res.statusCode).toBe(201);
    const mine = await t.call({ method: 'GET', url: `/api/v1/questions/${f.questionId}` });
    expect(mine.json().text).toBe(customQuestion(f.questionId).text);
  },
  'POST /api/v1/screens': async (t) => {
    const onlyA = 'acme-only-question';
    await t.call({ method: 'POST', url: '/api/v1/questions', payload: customQuestion(onlyA) });
    const res = await t.call({ method: 'POST', url: '/api/v1/screens', key: t.keyB, payload: validScreenBody({ questions: [...validScreenBody().questions.slice(0, 5), { questionId: onlyA }] }) });
    expect(res.statusCode, "another organisation's question is unknown to B").toBe(422);
  },
  'GET /api/v1/screens': async (t, f) => {
    const res = await t.call({ method: 'GET', url: '/api/v1/screens', key: t.keyB });
    expect(res.json().items.map((s: { id: string }) => s.id)).not.toContain(f.screenId);
  },
  'GET /api/v1/screens/:id': (t, f) => expect404(t, 'GET', `/api/v1/screens/${f.screenId}`),
  'PATCH /api/v1/screens/:id': (t, f) => expect404(t, 'PATCH', `/api/v1/screens/${f.screenId}`, { payload: { title: 'x' }, headers: { 'if-match': '"1"' } }),
  'POST /api/v1/screens/:id/publish': (t, f) => expect404(t, 'POST', `/api/v1/screens/${f.screenId}/publish`, { headers: { 'if-match': '"1"' } }),
  'POST /api/v1/screens/:id/versions': (t, f) => expect404(t, 'POST', `/api/v1/screens/${f.publishedScreenId}/versions`),
  'GET /api/v1/screens/:id/audit': (t, f) => expect404(t, 'GET', `/api/v1/screens/${f.screenId}/audit`),
  'GET /api/v1/screens/:id/faq': (t, f) => expect404(t, 'GET', `/api/v1/screens/${f.publishedScreenId}/faq`),
  'PUT /api/v1/screens/:id/faq': async (t, f) => {
    await expect404(t, 'PUT', `/api/v1/screens/${f.publishedScreenId}/faq`, { payload: { items: [{ question: 'Is it remote?', answer: 'B says no' }] }, headers: { 'if-match': '"0"' } });
    const mine = await t.call({ method: 'GET', url: `/api/v1/screens/${f.publishedScreenId}/faq` });
    expect(mine.json().items).toEqual([]);
  },
  'GET /api/v1/screens/:id/ratings': (t, f) => expect404(t, 'GET', `/api/v1/screens/${f.publishedScreenId}/ratings`),
  'POST /api/v1/screens/:id/invitations': (t, f) => expect404(t, 'POST', `/api/v1/screens/${f.publishedScreenId}/invitations`, { payload: { candidates: [{ name: 'X', email: 'x@example.com' }] } }),
  'GET /api/v1/screens/:id/invitations': (t, f) => expect404(t, 'GET', `/api/v1/screens/${f.publishedScreenId}/invitations`),
  'GET /api/v1/invitations/:id': (t, f) => expect404(t, 'GET', `/api/v1/invitations/${f.invitationId}`),
  'POST /api/v1/invitations/:id/revoke': (t, f) => expect404(t, 'POST', `/api/v1/invitations/${f.invitationId}/revoke`),
  'POST /api/v1/invitations/:id/resend': (t, f) => expect404(t, 'POST', `/api/v1/invitations/${f.invitationId}/resend`),
  'GET /api/v1/interviews/:id/report': (t, f) => expect404(t, 'GET', `/api/v1/interviews/${f.interviewId}/report`),
  'GET /api/v1/interviews/:id/report/revisions': (t, f) => expect404(t, 'GET', `/api/v1/interviews/${f.interviewId}/report/revisions`),
  'POST /api/v1/interviews/:id/report/revisions': (t, f) => expect404(t, 'POST', `/api/v1/interviews/${f.interviewId}/report/revisions`),
  'GET /api/v1/screens/:id/candidates': (t, f) => expect404(t, 'GET', `/api/v1/screens/${f.publishedScreenId}/candidates`),
  'GET /api/v1/screens/:id/candidates/compare': (t, f) => expect404(t, 'GET', `/api/v1/screens/${f.publishedScreenId}/candidates/compare?ids=${f.interviewId},${f.interviewId}`),
  'POST /api/v1/webhooks': async (t, f) => {
    const res = await t.call({ method: 'POST', url: '/api/v1/webhooks', key: t.keyB, payload: { url: 'https://b.example.com/hook' } });
    expect(res.statusCode).toBe(201);
    const mine = await t.call({ method: 'GET', url: '/api/v1/webhooks' });
    expect(mine.json().items.map((w: { id: string }) => w.id)).toEqual([f.webhookId]);
  },
  'GET /api/v1/webhooks': async (t, f) => {
    const res = await t.call({ method: 'GET', url: '/api/v1/webhooks', key: t.keyB });
    expect(res.json().items.map((w: { id: string }) => w.id)).not.toContain(f.webhookId);
  },
  'GET /api/v1/reports': async (t, f) => {
    await takeInterview(t, f.token, () => 'I led the ledger migration and measured it.');
    const mine = await t.call({ method: 'GET', url: '/api/v1/reports' });
    expect(mine.json().items.map((r: { interviewId: string }) => r.interviewId)).toContain(f.interviewId);
    const theirs = await t.call({ method: 'GET', url: '/api/v1/reports', key: t.keyB });
    expect(theirs.json().items).toEqual([]);
  },
  'GET /api/v1/emails': async (t) => {
    // A's invitation email (to ada@example.com) is A's alone.
    const mine = await t.call({ method: 'GET', url: '/api/v1/emails' });
    expect(mine.json().items.map((e: { to: string }) => e.to)).toContain('ada@example.com');
    const theirs = await t.call({ method: 'GET', url: '/api/v1/emails', key: t.keyB });
    expect(theirs.json().items).toEqual([]);
  },
  'DELETE /api/v1/webhooks/:id': (t, f) => expect404(t, 'DELETE', `/api/v1/webhooks/${f.webhookId}`),
  // The lab computes from its request alone: organisation B gets the same answers and no one else's data.
  'GET /api/v1/lab/scenarios': (t) => expectLab(t, 'GET', '/api/v1/lab/scenarios'),
  'POST /api/v1/lab/runs': (t) => expectLab(t, 'POST', '/api/v1/lab/runs', { scenario: 'counter', strategy: 'read-modify-write', faults: ['race'] }),
  'POST /api/v1/lab/grades': (t) => expectLab(t, 'POST', '/api/v1/lab/grades', { scenario: 'counter', strategy: 'optimistic-cas' }),
  'GET /api/v1/auth/me': async (t) => {
    const res = await t.call({ method: 'GET', url: '/api/v1/auth/me', key: t.keyB });
    expect(res.statusCode).toBe(401); // an API key is not a person
  },
  'POST /api/v1/auth/logout': async (t) => {
    const res = await t.call({ method: 'POST', url: '/api/v1/auth/logout', key: t.keyB });
    expect(res.statusCode).toBe(204);
  },
};

describe.each(DIALECTS)('tenant isolation on %s', (dialect) => {
  let t: TestApp;
  let fixture: Fixture;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const questionId = 'acme-internal-question';
    expect((await t.call({ method: 'POST', url: '/api/v1/questions', payload: customQuestion(questionId) })).statusCode).toBe(201);
    const screenId = (await t.call({ method: 'POST', url: '/api/v1/screens', payload: validScreenBody() })).json().id;
    const publishedScreenId = (await t.call({ method: 'POST', url: '/api/v1/screens', payload: validScreenBody() })).json().id;
    await t.call({ method: 'POST', url: `/api/v1/screens/${publishedScreenId}/publish`, headers: { 'if-match': '"1"' } });
    const invitation = (await t.call({ method: 'POST', url: `/api/v1/screens/${publishedScreenId}/invitations`, payload: { candidates: [{ name: 'Ada', email: 'ada@example.com' }] } })).json().items[0];
    const webhookId = (await t.call({ method: 'POST', url: '/api/v1/webhooks', payload: { url: 'https://a.example.com/hook' } })).json().id;
    fixture = { screenId, publishedScreenId, questionId, invitationId: invitation.id, interviewId: invitation.interviewId, token: invitation.token, webhookId };
  });
  afterAll(() => t.close());

  it('has a probe for every authenticated API route', () => {
    const routes = t.app.routeList.filter((r) => r.url.startsWith('/api/v1/') && !r.public).map((r) => `${r.method} ${r.url}`);
    const missing = routes.filter((r) => !(r in PROBES));
    expect(missing, 'add these routes to PROBES in test/http/tenant-isolation.test.ts').toEqual([]);
  });

  it('refuses every authenticated route without a key', async () => {
    for (const route of t.app.routeList.filter((r) => r.url.startsWith('/api/v1/') && !r.public)) {
      const url = route.url.replace(/:(\w+)/g, 'x');
      const res = await t.app.inject({ method: route.method as 'GET', url });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it.each(Object.keys(PROBES))('%s does not reach another organisation’s data', async (route) => {
    await PROBES[route]!(t, fixture);
  });
});
