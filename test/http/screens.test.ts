import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.ts';
import { idsOf, validQuestionIds, validScreenBody } from '../support/screens.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(DIALECTS)('screens API on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const create = (body: unknown) => t.call({ method: 'POST', url: '/api/v1/screens', payload: body as object });
  const patch = (id: string, body: unknown, ifMatch?: string) =>
    t.call({ method: 'PATCH', url: `/api/v1/screens/${id}`, payload: body as object, headers: ifMatch ? { 'if-match': ifMatch } : {} });
  const publish = (id: string, ifMatch?: string) =>
    t.call({ method: 'POST', url: `/api/v1/screens/${id}/publish`, headers: ifMatch ? { 'if-match': ifMatch } : {} });

  describe('creating', () => {
    it('answers 201 with a draft, its version and an ETag', async () => {
      const res = await create(validScreenBody());
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body).toMatchObject({ status: 'draft', version: 1, rubricHash: null, lineageNumber: 1 });
      expect(body.id).toMatch(/^scr_/);
      expect(res.headers.etag).toBe('"1"');
      expect(body.questions.map((q: { questionId: string }) => q.questionId)).toEqual(validQuestionIds());
      expect(body.questions[0].question.anchors['5']).toBeTruthy();
    });

    const ruleCases: Array<[string, Record<string, unknown>, string, string]> = [
      ['five questions', { questions: validQuestionIds().slice(0, 5).map((questionId) => ({ questionId })) }, 'question-count', 'questions'],
      ['no experience question', { questions: [...idsOf('technical', 3), ...idsOf('behavioral', 2), ...idsOf('situational', 1)].map((questionId) => ({ questionId })) }, 'experience-question', 'questions'],
      ['one behavioral question', { questions: [...idsOf('experience', 1), ...idsOf('behavioral', 1), ...idsOf('technical', 3), ...idsOf('situational', 1)].map((questionId) => ({ questionId })) }, 'behavioral-questions', 'questions'],
      ['no situational or motivation question', { questions: [...idsOf('experience', 1), ...idsOf('behavioral', 2), ...idsOf('technical', 3)].map((questionId) => ({ questionId })) }, 'situational-or-motivation', 'questions'],
      ['a 45-minute budget without override', { timeBudgetMinutes: 45 }, 'time-budget', 'timeBudgetMinutes'],
      ['a 10-minute budget', { timeBudgetMinutes: 10 }, 'time-budget', 'timeBudgetMinutes'],
      ['an unknown question', { questions: [...validQuestionIds().slice(0, 5), 'no-such-question'].map((questionId) => ({ questionId })) }, 'known-questions', 'questions'],
    ];
    it.each(ruleCases)('refuses %s with 422 naming the rule and the field', async (_name, overrides, rule, field) => {
      const res = await create(validScreenBody(overrides));
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const problem = res.json();
      expect(problem.code).toBe('composition_rules_broken');
      expect(problem.errors).toContainEqual(expect.objectContaining({ rule, path: field }));
    });

    it('reports every broken rule at once', async () => {
      const res = await create(validScreenBody({ questions: idsOf('technical', 3).map((questionId) => ({ questionId })), timeBudgetMinutes: 5 }));
      const rules = res.json().errors.map((e: { rule: string }) => e.rule);
      expect(rules).toEqual(expect.arrayContaining(['question-count', 'experience-question', 'behavioral-questions', 'situational-or-motivation', 'time-budget']));
    });

    it('accepts 45 minutes and more questions with a recorded override', async () => {
      const res = await create(validScreenBody({ timeBudgetMinutes: 45, override: { reason: 'staff-level loop, agreed with the panel' } }));
      expect(res.statusCode).toBe(201);
      const audit = await t.call({ method: 'GET', url: `/api/v1/screens/${res.json().id}/audit` });
      expect(audit.json().items[0].changes.override.reason).toContain('staff-level');
    });

    it('requires the pass threshold', async () => {
      const { passThreshold: _omitted, ...body } = validScreenBody();
      const res = await create(body);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toContainEqual(expect.objectContaining({ path: 'passThreshold' }));
    });
  });

  describe('editing a draft with optimistic concurrency', () => {
    it('needs If-Match (428), refuses a stale one (412) and applies a current one', async () => {
      const { id } = (await create(validScreenBody())).json();
      expect((await patch(id, { title: 'No precondition' })).statusCode).toBe(428);
      const ok = await patch(id, { title: 'Renamed' }, '"1"');
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ title: 'Renamed', version: 2 });
      expect(ok.headers.etag).toBe('"2"');
      const stale = await patch(id, { title: 'Lost update?' }, '"1"');
      expect(stale.statusCode).toBe(412);
      expect(stale.json()).toMatchObject({ code: 'stale_version', currentVersion: 2 });
      const read = await t.call({ method: 'GET', url: `/api/v1/screens/${id}` });
      expect(read.json().title).toBe('Renamed');
    });

    it('lets exactly one of several concurrent edits of one version win', async () => {
      const { id } = (await create(validScreenBody())).json();
      const results = await Promise.all([1, 2, 3, 4, 5].map((n) => patch(id, { title: `Editor ${n}` }, '"1"')));
      const codes = results.map((r) => r.statusCode).sort();
      expect(codes).toEqual([200, 412, 412, 412, 412]);
      const winner = results.find((r) => r.statusCode === 200)!.json().title;
      expect((await t.call({ method: 'GET', url: `/api/v1/screens/${id}` })).json()).toMatchObject({ title: winner, version: 2 });
    });

    it('checks the composition rules on the edited screen', async () => {
      const { id } = (await create(validScreenBody())).json();
      const res = await patch(id, { timeBudgetMinutes: 90 }, '"1"');
      expect(res.statusCode).toBe(422);
      expect(res.json().errors[0]).toMatchObject({ rule: 'time-budget', path: 'timeBudgetMinutes' });
    });
  });

  describe('publishing', () => {
    it('locks the screen, shows a SHA-256 rubric hash, and refuses every later change with 409', async () => {
      const { id } = (await create(validScreenBody())).json();
      expect((await publish(id)).statusCode).toBe(428);
      const res = await publish(id, '"1"');
      expect(res.statusCode).toBe(200);
      const screen = res.json();
      expect(screen.status).toBe('published');
      expect(screen.rubricHash).toMatch(/^[0-9a-f]{64}$/);
      expect(screen.engineVersion).toBeTruthy();
      expect((await patch(id, { passThreshold: 40 }, res.headers.etag as string)).statusCode).toBe(409);
      expect((await publish(id, res.headers.etag as string)).statusCode).toBe(409);
      const after = (await t.call({ method: 'GET', url: `/api/v1/screens/${id}` })).json();
      expect(after.passThreshold).toBe(60);
    });

    it('is locked in the database too: a direct update of a published screen fails', async () => {
      const { id } = (await create(validScreenBody())).json();
      await publish(id, '"1"');
      await expect(sql`update screens set pass_threshold = 10 where id = ${id}`.execute(t.database.db)).rejects.toThrow(/locked/);
    });

    it('gives the same hash for the same content and a different one for different content', async () => {
      const a = (await create(validScreenBody({ title: 'A' }))).json();
      const b = (await create(validScreenBody({ title: 'B' }))).json();
      const c = (await create(validScreenBody({ passThreshold: 61 }))).json();
      const [ha, hb, hc] = await Promise.all([a, b, c].map(async (s) => (await publish(s.id, '"1"')).json().rubricHash));
      expect(ha).toBe(hb); // title and role are not part of the rubric
      expect(hc).not.toBe(ha);
    });

    it('moves forward by a new version; the published one stays as it was', async () => {
      const { id } = (await create(validScreenBody())).json();
      const published = (await publish(id, '"1"')).json();
      const next = await t.call({ method: 'POST', url: `/api/v1/screens/${id}/versions` });
      expect(next.statusCode).toBe(201);
      expect(next.json()).toMatchObject({ status: 'draft', lineageId: published.lineageId, lineageNumber: 2, version: 1, rubricHash: null });
      const edited = await patch(next.json().id, { passThreshold: 70 }, '"1"');
      expect(edited.statusCode).toBe(200);
      expect((await t.call({ method: 'GET', url: `/api/v1/screens/${id}` })).json()).toMatchObject({ passThreshold: 60, rubricHash: published.rubricHash });
    });

    it('writes who did what to the audit log', async () => {
      const { id } = (await create(validScreenBody())).json();
      await patch(id, { title: 'Audited' }, '"1"');
      await publish(id, '"2"');
      const items = (await t.call({ method: 'GET', url: `/api/v1/screens/${id}/audit` })).json().items;
      expect(items.map((i: { action: string }) => i.action)).toEqual(['created', 'updated', 'published']);
      expect(items[1].changes).toEqual({ title: 'Audited' });
      expect(items[0].actor).toMatch(/^key:/);
    });
  });

  describe('bad input', () => {
    it('answers malformed JSON with 400 problem+json', async () => {
      const res = await t.call({ method: 'POST', url: '/api/v1/screens', payload: '{"title": ', headers: { 'content-type': 'application/json' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('malformed_json');
    });

    it('names unknown fields and wrong types', async () => {
      const res = await create({ ...validScreenBody(), passThreshold: 'sixty', colour: 'blue' });
      expect(res.statusCode).toBe(400);
      const paths = res.json().errors.map((e: { path: string }) => e.path);
      expect(paths).toContain('passThreshold');
      expect(JSON.stringify(res.json().errors)).toContain('colour');
    });

    it('refuses an oversized body with 413', async () => {
      const res = await create({ ...validScreenBody(), title: 'x'.repeat(300_000) });
      expect(res.statusCode).toBe(413);
      expect(res.json().code).toBe('body_too_large');
    });
  });
});
