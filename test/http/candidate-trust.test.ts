import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidate, invite, publishedScreen, takeInterview } from '../interviews/helpers.ts';
import { DIALECTS } from '../support/dialects.ts';
import { validScreenBody } from '../support/screens.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const STAR = 'At Acme in 2023 our checkout API lost updates under load. I was asked to fix it within a sprint. ' +
  'I added a version column and a conditional update, so the loser of a race retries. ' +
  'As a result lost updates dropped from about 40 a day to zero and p99 latency stayed under 80 ms.';

const REMOTE = { question: 'Is the role remote?', answer: 'Yes: remote within Europe, with a team week in Lisbon twice a year.' };
const OWNS = { question: 'What does the team own?', answer: 'The payments API and the ledger service.' };

describe.each(DIALECTS)("candidates' trust on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const getFaq = (id: string) => t.call({ method: 'GET', url: `/api/v1/screens/${id}/faq` });
  const putFaq = (id: string, items: unknown[], ifMatch?: string) =>
    t.call({ method: 'PUT', url: `/api/v1/screens/${id}/faq`, payload: { items }, headers: ifMatch ? { 'if-match': ifMatch } : {} });
  const rate = (token: string, body: object) => t.app.inject({ method: 'POST', url: `/api/v1/interviews/${token}/rating`, payload: body });

  describe('answers about the role', () => {
    it('start empty at version 0 and save with optimistic concurrency (428, 412)', async () => {
      const id = await publishedScreen(t);
      const empty = await getFaq(id);
      expect(empty.statusCode).toBe(200);
      expect(empty.json()).toMatchObject({ screenId: id, version: 0, items: [] });
      expect(empty.headers.etag).toBe('"0"');
      expect((await putFaq(id, [REMOTE])).statusCode).toBe(428);
      const first = await putFaq(id, [REMOTE], '"0"');
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({ version: 1, items: [REMOTE], updatedBy: expect.any(String) });
      expect(first.headers.etag).toBe('"1"');
      const stale = await putFaq(id, [OWNS], '"0"');
      expect(stale.statusCode).toBe(412);
      expect(stale.json()).toMatchObject({ code: 'stale_version', currentVersion: 1 });
      const second = await putFaq(id, [REMOTE, OWNS], '"1"');
      expect(second.json()).toMatchObject({ version: 2, items: [REMOTE, OWNS] });
      expect((await getFaq(id)).json().items).toEqual([REMOTE, OWNS]);
    });

    it('stay editable after publishing, are shared by the next version, and leave the lock alone', async () => {
      const id = await publishedScreen(t);
      const before = (await t.call({ method: 'GET', url: `/api/v1/screens/${id}` })).json();
      await putFaq(id, [REMOTE], '"0"');
      const after = (await t.call({ method: 'GET', url: `/api/v1/screens/${id}` })).json();
      expect(after).toMatchObject({ version: before.version, rubricHash: before.rubricHash, updatedAt: before.updatedAt });
      const next = (await t.call({ method: 'POST', url: `/api/v1/screens/${id}/versions` })).json();
      expect((await getFaq(next.id)).json()).toMatchObject({ lineageId: id, version: 1, items: [REMOTE] });
    });

    it('are audited on the screen', async () => {
      const id = await publishedScreen(t);
      await putFaq(id, [OWNS], '"0"');
      const audit = (await t.call({ method: 'GET', url: `/api/v1/screens/${id}/audit` })).json().items;
      expect(audit.at(-1)).toMatchObject({ action: 'faq-updated', changes: { version: 1, items: [OWNS] } });
    });

    it('refuse a question asked twice, an empty answer and more than 20 items with 400', async () => {
      const id = await publishedScreen(t);
      const twice = await putFaq(id, [REMOTE, { ...REMOTE, question: 'is the role remote?' }], '"0"');
      expect(twice.statusCode).toBe(400);
      expect(twice.json().errors).toContainEqual(expect.objectContaining({ path: 'items.1.question' }));
      expect((await putFaq(id, [{ question: 'Salary?', answer: '' }], '"0"')).statusCode).toBe(400);
      const many = Array.from({ length: 21 }, (_, i) => ({ question: `Question ${i}?`, answer: 'An answer.' }));
      expect((await putFaq(id, many, '"0"')).statusCode).toBe(400);
    });

    it('are in the candidate view before the start', async () => {
      const id = await publishedScreen(t);
      await putFaq(id, [REMOTE, OWNS], '"0"');
      const [inv] = await invite(t, id, [{ name: 'Ada', email: 'ada@example.com' }]);
      const view = (await candidate(t, inv!.token).view()).json();
      expect(view).toMatchObject({ status: 'not_started', faq: [REMOTE, OWNS], feedback: null, canRate: false, rating: null });
      expect(view.dataUseDetails.map((d: { topic: string }) => d.topic)).toEqual(['What is stored', 'Who sees it', 'How long it is kept']);
    });
  });

  describe('feedback to candidates', () => {
    it('is a screen setting, off by default, locked at publish and outside the rubric hash', async () => {
      const plain = await publishedScreen(t);
      const withFeedback = await publishedScreen(t, { candidateFeedback: true });
      const a = (await t.call({ method: 'GET', url: `/api/v1/screens/${plain}` })).json();
      const b = (await t.call({ method: 'GET', url: `/api/v1/screens/${withFeedback}` })).json();
      expect([a.candidateFeedback, b.candidateFeedback]).toEqual([false, true]);
      expect(b.rubricHash).toBe(a.rubricHash);
      const locked = await t.call({ method: 'PATCH', url: `/api/v1/screens/${withFeedback}`, payload: { candidateFeedback: false }, headers: { 'if-match': `"${b.version}"` } });
      expect(locked.statusCode).toBe(409);
      const draft = (await t.call({ method: 'POST', url: '/api/v1/screens', payload: validScreenBody() })).json();
      const toggled = await t.call({ method: 'PATCH', url: `/api/v1/screens/${draft.id}`, payload: { candidateFeedback: true }, headers: { 'if-match': '"1"' } });
      expect(toggled.json()).toMatchObject({ candidateFeedback: true, version: 2 });
    });

    it('when on, ends the interview with strengths and gaps in words, shown and emailed with the report', async () => {
      const id = await publishedScreen(t, { candidateFeedback: true });
      const [inv] = await invite(t, id, [{ name: 'Grace', email: 'grace@example.com' }]);
      const end = await takeInterview(t, inv!.token, () => STAR);
      expect(end).toMatchObject({ status: 'completed', canRate: true, rating: null });
      expect(end.feedback.strengths.length).toBeGreaterThanOrEqual(2);
      expect(end.feedback.gaps.length).toBeGreaterThanOrEqual(2);
      const words = [...end.feedback.strengths, ...end.feedback.gaps].join(' ');
      expect(words).not.toMatch(/\d/);
      expect((await candidate(t, inv!.token).view()).json().feedback).toEqual(end.feedback);

      const mail = await t.database.db.selectFrom('outbox').selectAll().where('id', '=', `feedback:${inv!.interviewId}`).executeTakeFirstOrThrow();
      const message = (mail.payload as { message: { to: string; text: string } }).message;
      expect(mail.topic).toBe('email');
      expect(message.to).toBe('grace@example.com');
      for (const line of [...end.feedback.strengths, ...end.feedback.gaps]) expect(message.text).toContain(line);
      expect(message.text).not.toMatch(/\d|pass|fail|threshold|score/i);
      const report = await t.database.db.selectFrom('reports').select('created_at').where('interview_id', '=', inv!.interviewId).executeTakeFirstOrThrow();
      expect(mail.created_at.getTime()).toBe(report.created_at.getTime()); // one transaction: the same now()
    });

    it('when off, gives none and sends none', async () => {
      const id = await publishedScreen(t);
      const [inv] = await invite(t, id, [{ name: 'Hal', email: 'hal@example.com' }]);
      const end = await takeInterview(t, inv!.token, () => STAR);
      expect(end.feedback).toBeNull();
      const mail = await t.database.db.selectFrom('outbox').select('id').where('id', '=', `feedback:${inv!.interviewId}`).executeTakeFirst();
      expect(mail).toBeUndefined();
    });
  });

  describe('rating the experience', () => {
    it('is taken once the interview is completed, once: the same rating replays, another is 409', async () => {
      const id = await publishedScreen(t);
      const [inv] = await invite(t, id, [{ name: 'Ida', email: 'ida@example.com' }]);
      expect((await rate(inv!.token, { stars: 5 })).statusCode).toBe(409);
      await takeInterview(t, inv!.token, () => STAR);
      const first = await rate(inv!.token, { stars: 4, comment: '  Clear questions, calm clock.  ' });
      expect(first.statusCode, first.body).toBe(201);
      expect(first.json()).toMatchObject({ stars: 4, comment: 'Clear questions, calm clock.' });
      const again = await rate(inv!.token, { stars: 4, comment: 'Clear questions, calm clock.' });
      expect(again.statusCode).toBe(200);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.json()).toEqual(first.json());
      const other = await rate(inv!.token, { stars: 1 });
      expect(other.statusCode).toBe(409);
      expect(other.json()).toMatchObject({ code: 'already_rated', rating: { stars: 4 } });
      expect((await candidate(t, inv!.token).view()).json()).toMatchObject({ canRate: true, rating: { stars: 4, comment: 'Clear questions, calm clock.' } });
    });

    it('refuses stars outside 1–5, a comment over 1,000 characters and an unknown link', async () => {
      const id = await publishedScreen(t);
      const [inv] = await invite(t, id, [{ name: 'Jo', email: 'jo@example.com' }]);
      await takeInterview(t, inv!.token, () => STAR);
      for (const body of [{ stars: 0 }, { stars: 6 }, { stars: 3.5 }, { stars: 3, comment: 'x'.repeat(1001) }, { stars: 3, extra: true }]) {
        expect((await rate(inv!.token, body)).statusCode, JSON.stringify(body).slice(0, 40)).toBe(400);
      }
      expect((await rate('y'.repeat(32), { stars: 3 })).statusCode).toBe(404);
    });

    it('shows the hiring team the average, the distribution and the comments, without names or times', async () => {
      const id = await publishedScreen(t);
      const invited = await invite(t, id, [{ name: 'Kim Secret', email: 'kim@example.com' }, { name: 'Lee Secret', email: 'lee@example.com' }]);
      for (const inv of invited) await takeInterview(t, inv.token, () => STAR);
      await rate(invited[0]!.token, { stars: 5, comment: '<script>alert(1)</script> great' });
      await rate(invited[1]!.token, { stars: 2 });
      const res = await t.call({ method: 'GET', url: `/api/v1/screens/${id}/ratings` });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ screenId: id, count: 2, averageStars: 3.5, distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 1 } });
      // By stars, not in the order they came, and with no time: a time would match one report's "finished".
      expect(body.items).toEqual([{ stars: 2, comment: null }, { stars: 5, comment: '<script>alert(1)</script> great' }]);
      expect(res.body).not.toMatch(/Secret|example\.com|itv_|createdAt|\d{4}-\d\d-\d\dT/);
      const empty = (await t.call({ method: 'GET', url: `/api/v1/screens/${await publishedScreen(t)}/ratings` })).json();
      expect(empty).toMatchObject({ count: 0, averageStars: null, items: [] });
    });
  });
});
