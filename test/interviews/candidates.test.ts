import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweep } from '../../src/outbox/start.ts';
import { DIALECTS } from '../support/dialects.ts';
import { ownAnswers } from '../support/own-answers.ts';
import { validScreenBody } from '../support/screens.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { candidate, invite, publishedScreen, takeInterview } from './helpers.ts';

describe.each(DIALECTS)('candidates of a screen on %s', (dialect) => {
  let t: TestApp;
  let screenId: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(dialect);
    screenId = await publishedScreen(t);
    const people = [
      { name: 'Strong Sam', answer: (id: string) => ownAnswers(id).strong },
      { name: 'Weak Will', answer: () => 'I think we used good practices and it worked out fine in the end.' },
      { name: 'Middle Mo', answer: (id: string) => ownAnswers(id).average },
    ];
    const invited = await invite(t, screenId, [...people.map((p) => ({ name: p.name, email: `${p.name.split(' ')[0]!.toLowerCase()}@example.com` })), { name: 'Pending Pat', email: 'pat@example.com' }]);
    for (const [i, p] of people.entries()) {
      ids[p.name] = invited[i]!.interviewId;
      await takeInterview(t, invited[i]!.token, (q) => p.answer(q.questionId));
    }
    ids['Pending Pat'] = invited[3]!.interviewId;
  }, 60_000);
  afterAll(() => t.close());

  it('lists every candidate with overall, decision and competencies, best first', async () => {
    const res = await t.call({ method: 'GET', url: `/api/v1/screens/${screenId}/candidates` });
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((c: { name: string }) => c.name)).toEqual(['Strong Sam', 'Middle Mo', 'Weak Will', 'Pending Pat']);
    expect(items[0]).toMatchObject({ status: 'completed', reportRevision: 1, decision: expect.any(String) });
    expect(Object.keys(items[0].competencies).length).toBeGreaterThan(0);
    expect(items[3]).toMatchObject({ status: 'invited', overall: null, decision: null });
  });

  it("lists the organisation's latest reports, newest first, by decision and limited", async () => {
    const all = (await t.call({ method: 'GET', url: '/api/v1/reports' })).json().items;
    expect(all.map((r: { candidate: { name: string } }) => r.candidate.name)).toEqual(['Middle Mo', 'Weak Will', 'Strong Sam']);
    const sam = (await t.call({ method: 'GET', url: `/api/v1/interviews/${ids['Strong Sam']}/report` })).json();
    expect(all[2]).toMatchObject({ interviewId: ids['Strong Sam'], overall: sam.overall, decision: sam.decision, revision: 1, screen: { id: screenId } });
    for (const decision of ['pass', 'fail', 'needs_review']) {
      const only = (await t.call({ method: 'GET', url: `/api/v1/reports?decision=${decision}` })).json().items;
      expect(only.map((r: { interviewId: string }) => r.interviewId)).toEqual(all.filter((r: { decision: string }) => r.decision === decision).map((r: { interviewId: string }) => r.interviewId));
    }
    expect((await t.call({ method: 'GET', url: '/api/v1/reports?limit=2' })).json().items).toHaveLength(2);
    const bad = await t.call({ method: 'GET', url: '/api/v1/reports?limit=0&decision=maybe' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['decision', 'limit']);
  });

  it("the screens list says how far each screen's candidates are", async () => {
    const decisions = (await t.call({ method: 'GET', url: '/api/v1/reports' })).json().items.map((r: { decision: string }) => r.decision);
    const screens = (await t.call({ method: 'GET', url: '/api/v1/screens' })).json().items;
    const ours = screens.find((s: { id: string }) => s.id === screenId);
    expect(ours.progress).toEqual({ invited: 4, inProgress: 0, completed: 3, needsReview: decisions.filter((d: string) => d === 'needs_review').length });
    // A screen nobody was invited to shows zeros, not nothing.
    const draft = (await t.call({ method: 'POST', url: '/api/v1/screens', payload: validScreenBody({ title: 'Untouched draft' }) })).json();
    const again = (await t.call({ method: 'GET', url: '/api/v1/screens' })).json().items;
    expect(again.find((s: { id: string }) => s.id === draft.id).progress).toEqual({ invited: 0, inProgress: 0, completed: 0, needsReview: 0 });
  });

  it('a re-score shows in the latest reports as its latest revision, in the same place', async () => {
    const res = await t.call({ method: 'POST', url: `/api/v1/interviews/${ids['Weak Will']}/report/revisions`, payload: { reason: 'engine check' } });
    expect(res.statusCode, res.body).toBe(201);
    const all = (await t.call({ method: 'GET', url: '/api/v1/reports' })).json().items;
    expect(all.map((r: { candidate: { name: string } }) => r.candidate.name)).toEqual(['Middle Mo', 'Weak Will', 'Strong Sam']);
    expect(all[1]).toMatchObject({ revision: 2, overall: res.json().overall });
  });

  it('sorts by name and by a competency', async () => {
    const byName = (await t.call({ method: 'GET', url: `/api/v1/screens/${screenId}/candidates?sort=name` })).json().items;
    expect(byName.map((c: { name: string }) => c.name)).toEqual(['Middle Mo', 'Pending Pat', 'Strong Sam', 'Weak Will']);
    const asc = (await t.call({ method: 'GET', url: `/api/v1/screens/${screenId}/candidates?sort=overall&order=asc` })).json().items;
    expect(asc[0].name).toBe('Weak Will');
    expect((await t.call({ method: 'GET', url: `/api/v1/screens/${screenId}/candidates?sort=communication` })).statusCode).toBe(200);
  });

  it('puts 2–5 candidates side by side per question', async () => {
    const res = await t.call({ method: 'GET', url: `/api/v1/screens/${screenId}/candidates/compare?ids=${ids['Strong Sam']},${ids['Weak Will']}` });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.candidates.map((c: { name: string }) => c.name)).toEqual(['Strong Sam', 'Weak Will']);
    expect(body.questions).toHaveLength(6);
    for (const q of body.questions) expect(q.answers.map((a: { name: string }) => a.name)).toEqual(['Strong Sam', 'Weak Will']);
    expect((await t.call({ method: 'GET', url: `/api/v1/screens/${screenId}/candidates/compare?ids=${ids['Strong Sam']}` })).statusCode).toBe(400);
  });

  it('resends an invitation and reminds once before it expires', async () => {
    const list = (await t.call({ method: 'GET', url: `/api/v1/screens/${screenId}/invitations` })).json().items;
    const pat = list.find((i: { name: string }) => i.name === 'Pending Pat');
    const resent = await t.call({ method: 'POST', url: `/api/v1/invitations/${pat.id}/resend` });
    expect(resent.statusCode).toBe(202);
    expect(resent.json().sentCount).toBe(2);
    await sql`update invitations set expires_at = now() + interval '2 hours' where id = ${pat.id}`.execute(t.database.db);
    await sweep(t.database.db, { publicUrl: 'http://127.0.0.1:3000' });
    await sweep(t.database.db, { publicUrl: 'http://127.0.0.1:3000' });
    const mails = await t.database.db.selectFrom('outbox').select(['payload']).where('topic', '=', 'email').orderBy('created_at').execute();
    const toPat = mails.map((m) => (m.payload as { message: { to: string; subject: string } }).message).filter((m) => m.to === 'pat@example.com');
    expect(toPat.map((m) => m.subject.split(':')[0])).toEqual(['Your screening interview for Backend engineer, payments', 'Your screening interview for Backend engineer, payments', 'Reminder']);
    expect((await candidate(t, pat.token).view()).json().status).toBe('not_started');
  });
});
